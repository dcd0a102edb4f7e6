package io.conversa.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What every browser test shares: the zero-setup app (embedded database, sandbox, demo data) in a folder of its own,
 * the system Chromium, and the demo admin's sign-in.
 */
final class ZeroSetupBrowser {

    private ZeroSetupBrowser() {}

    /** The app keeps its database, key and media in {@code dataDir}, so each test class starts from the demo data. */
    static void properties(DynamicPropertyRegistry registry, Path dataDir) {
        registry.add("conversa.settings.data-dir", () -> dataDir.toString());
        registry.add("conversa.inbox.media-dir", () -> dataDir.resolve("media").toString());
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:" + dataDir.resolve("conversa")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    /** The machine's Chromium, headless (Playwright's own browser download cannot work offline). */
    static Browser chromium(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium"))
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    static void close(Browser browser, Playwright playwright) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** Signs the demo admin in; the page ends on the inbox. */
    static void signIn(Page page, int port) {
        page.navigate("http://localhost:" + port + "/login");
        page.fill("#username", "admin@conversa.demo");
        page.fill("#password", "conversa-demo");
        page.click("button[type=submit]");
        page.waitForURL("**/conversations");
    }
}
