package io.conversa.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test in the zero-setup app: Chromium for the class, and for each test a fresh browser context (es-CL,
 * 1440×900, 10 s timeouts) signed in as the demo admin. Subclasses are {@code @SpringBootTest(RANDOM_PORT)} with their
 * own {@code @TempDir} and {@link ZeroSetupBrowser#properties}, so each class starts from the demo data.
 */
abstract class SignedInBrowserTest {

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void chromium() {
        playwright = Playwright.create();
        browser = ZeroSetupBrowser.chromium(playwright);
    }

    @AfterAll
    static void closeChromium() {
        ZeroSetupBrowser.close(browser, playwright);
    }

    @BeforeEach
    void signIn() {
        context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1440, 900).setLocale("es-CL"));
        context.setDefaultTimeout(10_000);
        page = context.newPage();
        ZeroSetupBrowser.signIn(page, port);
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
