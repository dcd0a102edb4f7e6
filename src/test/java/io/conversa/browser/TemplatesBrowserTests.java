package io.conversa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A person in Chromium, on the zero-setup app with its WhatsApp sandbox: syncs the templates, creates one, sees
 * Meta's (the sandbox's) approval arrive without reloading, and sends it from a customer's profile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TemplatesBrowserTests {

    @TempDir
    static Path dataDir;

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void zeroSetup(DynamicPropertyRegistry registry) {
        ZeroSetupBrowser.properties(registry, dataDir);
    }

    @BeforeAll
    static void chromium() {
        playwright = Playwright.create();
        browser = ZeroSetupBrowser.chromium(playwright);
    }

    @AfterAll
    static void close() {
        ZeroSetupBrowser.close(browser, playwright);
    }

    private Page signedIn() {
        Page page = browser.newPage();
        ZeroSetupBrowser.signIn(page, port);
        return page;
    }

    @Test
    void createATemplateSeeItApprovedAndSendItFromACustomerProfile() {
        Page page = signedIn();
        page.navigate("http://localhost:" + port + "/settings/templates");
        page.click("text=Sincronizar");
        assertThat(page.locator("#template-table")).containsText("recordatorio_pago");

        page.fill("#name", "aviso_saldo_prueba");
        page.fill("#body", "Hola {{1}}, tu saldo pendiente es {{2}}. Escríbenos si tienes dudas.");
        page.fill("#bodyExamples", "Ana|$45.000");
        page.click("text=Enviar a revisión");
        var row = page.locator("#template-table tr", new Page.LocatorOptions().setHasText("aviso_saldo_prueba"));
        assertThat(row).containsText("En revisión");
        assertThat(row).containsText("Aprobada", new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));

        page.navigate("http://localhost:" + port + "/customers");
        page.locator("table a.row-link").first().click();
        String customer = page.locator("h1.page-title").textContent().trim();
        page.click("text=Enviar plantilla");
        page.selectOption(
                "#template", new com.microsoft.playwright.options.SelectOption().setLabel("aviso_saldo_prueba (es)"));
        page.waitForURL("**template=**");
        page.selectOption("#send-bind-1", "customer.name");
        page.selectOption("#send-bind-2", "customer.balance");
        page.click("text=Vista previa");
        assertThat(page.locator(".phone-body")).containsText("Hola " + customer + ", tu saldo pendiente es $");
        page.click("text=Enviar por WhatsApp");
        assertThat(page.locator(".alert-success")).containsText("Plantilla enviada");
    }
}
