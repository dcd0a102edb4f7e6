package io.conversa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * In the zero-setup app (sandbox), an agent creates a payment link from a conversation, the customer opens it on a
 * phone and simulates the payment, and the agent's open inbox shows "Pago recibido" and the lower balance without
 * reloading. Outside the 24-hour window the link goes out in the sandbox's approved {@code link_de_pago} template.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PaymentLinkBrowserTests extends SignedInBrowserTest {

    static final LocatorAssertions.ContainsTextOptions LIVE =
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void zeroSetup(DynamicPropertyRegistry registry) {
        ZeroSetupBrowser.properties(registry, dataDir);
    }

    @Test
    void aLinkCreatedInTheChatIsPaidByTheCustomerAndTheConversationUpdates() {
        page.navigate(url("/conversations"));
        page.locator(".conversation-row", new Page.LocatorOptions().setHasText("Almacén Álvarez"))
                .locator(".conversation-link")
                .click();
        Locator section = page.locator("#panel-pane .panel-payment-link");
        String overdueBefore = page.locator("#panel-pane .panel-balance .panel-stat")
                .nth(1)
                .locator("strong")
                .innerText();
        org.assertj.core.api.Assertions.assertThat(overdueBefore).isNotEqualTo("$0");

        section.locator("button", new Locator.LocatorOptions().setHasText("Crear link de pago"))
                .click();

        assertThat(section.locator(".alert-success")).containsText("enviado en el chat");
        assertThat(page.locator("#thread .message-out").last()).containsText("/pay/", LIVE);
        assertThat(page.locator("#thread .system-event").last()).containsText("Link de pago enviado", LIVE);
        String url = section.locator(".paylink-recent a").first().getAttribute("href");

        BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
        Page customer = phone.newPage();
        customer.navigate(url);
        assertThat(customer.locator(".checkout-total")).containsText(overdueBefore);
        customer.locator("button", new Page.LocatorOptions().setHasText("Pagar"))
                .click();
        customer.locator("button", new Page.LocatorOptions().setHasText("Simular pago"))
                .click();
        assertThat(customer.locator(".alert-success")).containsText("Pagado");
        phone.close();

        assertThat(page.locator("#thread .system-event").last()).containsText("Pago recibido", LIVE);
        assertThat(page.locator("#panel-pane .panel-balance .panel-stat").nth(1).locator("strong"))
                .hasText("$0", new LocatorAssertions.HasTextOptions().setTimeout(20_000));
        assertThat(page.locator("#panel-pane .paylink-recent")).containsText("Pagado", LIVE);
    }

    @Test
    void outsideTheWindowTheLinkGoesOutInTheApprovedTemplateTheAgentPicks() {
        page.navigate(url("/conversations"));
        page.locator(".conversation-row", new Page.LocatorOptions().setHasText("¿Cuál es la cuenta para transferir?"))
                .locator(".conversation-link")
                .click();
        Locator section = page.locator("#panel-pane .panel-payment-link");

        section.locator("button", new Locator.LocatorOptions().setHasText("Crear link de pago"))
                .click();

        assertThat(section.locator(".alert-warning")).containsText("La ventana de 24 horas está cerrada");
        String url = section.locator(".paylink-url").innerText();
        Locator choice = section.locator(".paylink-template", new Locator.LocatorOptions().setHasText("link_de_pago"));
        assertThat(choice.locator("input")).isChecked();
        assertThat(choice).containsText("en este link: " + url);
        section.locator("button", new Locator.LocatorOptions().setHasText("Enviar con plantilla"))
                .click();

        assertThat(page.locator("#thread .message-out").last()).containsText(url, LIVE);
        assertThat(page.locator("#thread .system-event").last()).containsText("Link de pago enviado", LIVE);
    }
}
