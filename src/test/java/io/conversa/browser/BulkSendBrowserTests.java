package io.conversa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An admin sends a bulk reminder from the zero-setup app in Chromium (WhatsApp sandbox): creates it from a CSV,
 * watches its results move without reloading, and sees a customer's reply reach the inbox and count as a reply.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BulkSendBrowserTests extends SignedInBrowserTest {

    static final LocatorAssertions.HasTextOptions LIVE = new LocatorAssertions.HasTextOptions().setTimeout(20_000);

    @TempDir
    static Path dataDir;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void zeroSetup(DynamicPropertyRegistry registry) {
        ZeroSetupBrowser.properties(registry, dataDir);
        registry.add("conversa.sandbox.sent-after", () -> "300ms");
        registry.add("conversa.sandbox.delivered-after", () -> "800ms");
        registry.add("conversa.sandbox.read-after", () -> "1500ms");
    }

    @Test
    void aBulkSendFromACsvShowsItsResultsLiveAndACustomersReplyReachesTheInbox() {
        SandboxPhones phones = new SandboxPhones(page, port);
        List<SandboxPhones.Contact> contacts = phones.contacts().stream()
                .filter(c -> jdbc.sql("SELECT COUNT(*) FROM conversation WHERE wa_id = ?")
                                .param(c.waId())
                                .query(Integer.class)
                                .single()
                        == 0)
                .limit(2)
                .toList();
        assertThat(contacts).hasSize(2);
        page.navigate(url("/bulk-sends"));
        page.fill("#bulk-hours", "always");
        page.click("#contact-hours button[type=submit]");
        assertThat(page.locator(".alert-success")).containsText("Horario de contacto guardado");

        page.fill("#bulk-name", "Recordatorio <b>diciembre</b>");
        page.locator("#bulk-template").selectOption(new SelectOption().setLabel("saldo_pendiente (es)"));
        page.locator("input[name=source][value=csv]").check();
        assertThat(page.locator("#bulk-filters")).isHidden();
        String csv = "telefono,nombre,saldo\n"
                + "+" + contacts.get(0).waId() + ",Primera,$12.345\n"
                + "+" + contacts.get(1).waId() + ",Segunda,$67.890\n"
                + "sin número,Nadie,$1\n";
        page.setInputFiles(
                "#bulk-csv", new FilePayload("destinatarios.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.click("button:has-text('Crear envío')");

        page.waitForURL("**/bulk-sends/*");
        assertThat(page.locator("h1")).hasText("Recordatorio <b>diciembre</b>");
        assertThat(page.locator(".alert-info")).containsText("2 destinatarios");
        assertThat(page.locator(".alert-info")).containsText("1 filas rechazadas");
        page.evaluate("() => { window.sameDocument = true; }");
        assertThat(page.locator(".stat-sent .stat-value")).hasText("2", LIVE);
        assertThat(page.locator(".stat-read .stat-value")).hasText("2", LIVE);
        assertThat(page.locator("#bulk-results .badge-dot")).hasText("Terminado", LIVE);
        assertThat(page.locator(".progress-lg")).hasAttribute("aria-valuenow", "100");
        var received = phones.received(
                contacts.get(0).waId(),
                m -> "template".equals(m.path("content").path("type").asString()),
                Duration.ofSeconds(10));
        assertThat(received.path("content").path("parameters").toString()).contains("Primera", "$12.345");

        phones.write(contacts.get(0), "Ya pagué, gracias");

        assertThat(page.locator(".stat-replied .stat-value")).hasText("1", LIVE);
        assertThat(page.evaluate("() => window.sameDocument === true")).isEqualTo(true);
        // the first CSV row replied (its phone shows in E.164 as spelled today: Mexico's 521 reads as 52)
        Locator recipient = page.locator("#bulk-results tbody tr:has(.badge-info)");
        assertThat(recipient).hasCount(1);
        assertThat(recipient.locator("td").first()).hasText("1");
        recipient.locator("a", new Locator.LocatorOptions().setHasText("Abrir")).click();
        assertThat(page.locator("#thread .message-in").last()).containsText("Ya pagué, gracias");
        assertThat(page.locator("#thread .message-out").last()).containsText("Hola Primera, tu saldo pendiente");
        assertThat(page.locator(".conversation-row.is-selected")).containsText("Ya pagué, gracias");
    }
}
