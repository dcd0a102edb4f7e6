package io.conversa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An agent in Chromium on the zero-setup app, with customers writing through the WhatsApp sandbox: messages arrive
 * live, replies tick to read, old conversations take templates, unknown numbers get linked, and user text stays text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InboxBrowserTests {

    static final LocatorAssertions.ContainsTextOptions SOON =
            new LocatorAssertions.ContainsTextOptions().setTimeout(10_000);

    @TempDir
    static Path dataDir;

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Page page;
    final AtomicBoolean dialogShown = new AtomicBoolean();

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

    @BeforeEach
    void signIn() {
        page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1440, 900));
        page.onDialog(dialog -> {
            dialogShown.set(true);
            dialog.dismiss();
        });
        ZeroSetupBrowser.signIn(page, port);
    }

    @AfterEach
    void closePage() {
        page.close();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * A demo customer (name and WhatsApp id) from the simulator's directory who has no conversation yet (the demo
     * data has some), the {@code index}-th of those.
     */
    List<String> demoCustomer(int index) {
        List<String> talking = jdbc.sql("SELECT c.name FROM customer c JOIN conversation v ON v.customer_id = c.id")
                .query(String.class)
                .list();
        Object found = page.evaluate(
                "async ([i, talking]) => { const all = (await (await fetch('/sandbox/api/contacts')).json()).customers;"
                        + " const c = all.filter(x => !talking.includes(x.name))[i]; return [c.name, c.waId]; }",
                List.of(index, talking));
        @SuppressWarnings("unchecked")
        List<String> pair = (List<String>) found;
        return pair;
    }

    /** The customer writes from the simulator's phone (a signed webhook reaches the app). */
    void customerWrites(String waId, String name, String text) {
        page.evaluate(
                "async ([waId, name, text]) => {"
                        + " const h = document.querySelector('meta[name=_csrf_header]').content;"
                        + " const t = document.querySelector('meta[name=_csrf]').content;"
                        + " const r = await fetch('/sandbox/api/conversations/' + waId + '/text', {method: 'POST',"
                        + " headers: {'Content-Type': 'application/json', [h]: t},"
                        + " body: JSON.stringify({text: text, name: name})});"
                        + " if (!r.ok) throw new Error('simulator ' + r.status); }",
                List.of(waId, name, text));
    }

    String phoneReceived(String waId) {
        return String.valueOf(page.evaluate(
                "async (waId) => JSON.stringify(await (await fetch('/sandbox/api/conversations/' + waId)).json())",
                waId));
    }

    Locator row(String name) {
        return page.locator(".conversation-row", new Page.LocatorOptions().setHasText(name));
    }

    @Test
    void aCustomerMessageArrivesLiveAndTheReplyTicksToRead() {
        List<String> first = demoCustomer(0);
        List<String> second = demoCustomer(1);
        customerWrites(first.get(1), first.get(0), "Buenos días");
        assertThat(row(first.get(0))).containsText("Buenos días", SOON);
        customerWrites(second.get(1), second.get(0), "Hola");
        assertThat(row(second.get(0))).containsText("Hola", SOON);
        // both wrote a while ago, the second one later (Meta's timestamps have whole seconds)
        jdbc.sql("UPDATE conversation SET last_message_at = ? WHERE wa_id = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofMinutes(10))), first.get(1))
                .update();
        jdbc.sql("UPDATE conversation SET last_message_at = ? WHERE wa_id = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofMinutes(5))), second.get(1))
                .update();
        page.reload();
        List<String> before = page.locator(".conversation-name").allTextContents();
        assertThat(before.indexOf(second.get(0))).isLessThan(before.indexOf(first.get(0)));

        customerWrites(first.get(1), first.get(0), "Ya hice la transferencia, ¿me confirman?");

        assertThat(row(first.get(0))).containsText("Ya hice la transferencia", SOON);
        List<String> order = page.locator(".conversation-name").allTextContents();
        assertThat(order.indexOf(first.get(0))).isLessThan(order.indexOf(second.get(0))); // moved up, live

        row(first.get(0)).locator(".conversation-link").click();
        assertThat(page.locator("#thread .message-in").last()).containsText("Ya hice la transferencia");
        page.fill("#composer-text", "Recibido, lo revisamos hoy mismo.");
        page.press("#composer-text", "Enter");

        Locator reply = page.locator("#thread .message-out").last();
        assertThat(reply).containsText("Recibido, lo revisamos hoy mismo.");
        assertThat(reply.locator(".ticks-read")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        assertThat(page.locator("#composer-text")).hasValue("");
    }

    @Test
    void userTextIsShownAsTextNeverRun() {
        List<String> customer = demoCustomer(2);
        customerWrites(customer.get(1), customer.get(0), "<script>alert(1)</script><b>negrita</b>");

        assertThat(row(customer.get(0))).containsText("<script>alert(1)</script><b>negrita</b>", SOON);
        row(customer.get(0)).locator(".conversation-link").click();
        assertThat(page.locator("#thread .message-in").last()).containsText("<script>alert(1)</script>");
        assertThat(page.locator("#thread b")).hasCount(0);
        assertThat(dialogShown.get()).isFalse();
    }

    @Test
    void anUnknownNumberIsLinkedBySearchAndTheAgentActsOnTheConversation() {
        List<String> customer = demoCustomer(3);
        String stranger = "56987650001";
        customerWrites(stranger, "Número nuevo", "Hola, quiero saber cuánto debo");
        assertThat(row("Número nuevo")).isVisible();
        row("Número nuevo").locator(".conversation-link").click();
        assertThat(page.locator("#panel-pane")).containsText("Vincular cliente");

        page.fill("#link-search", customer.get(0));
        page.locator("#link-results form", new Page.LocatorOptions().setHasText(customer.get(0)))
                .first()
                .locator("button")
                .click();

        assertThat(page.locator("#panel-pane .panel-balance")).isVisible();
        assertThat(page.locator("#panel-pane")).containsText(customer.get(0), SOON);
        assertThat(page.locator("#thread .system-event").last()).containsText("Vinculada a", SOON);

        page.selectOption("#panel-priority", "urgent");
        assertThat(page.locator(".conversation-header")).containsText("Urgente", SOON);
        assertThat(row(customer.get(0)).locator(".chip-urgent")).isVisible();
        page.fill("#panel-tags", "promesa, disputa");
        page.locator("#panel-pane form:has(#panel-tags) button").click();
        assertThat(row(customer.get(0))).containsText("promesa", SOON);

        page.click("[data-action=toggle-status]");
        assertThat(page.locator(".conversation-header")).containsText("Cerrada", SOON);
        page.locator(".inbox-tabs .tab", new Page.LocatorOptions().setHasText("Cerradas"))
                .click();
        assertThat(row(customer.get(0))).isVisible();
        page.click("[data-action=toggle-status]");
        assertThat(page.locator(".conversation-header")).not().containsText("Cerrada", SOON);
    }

    @Test
    void anOldConversationTakesATemplateThatReachesTheCustomer() {
        List<String> customer = demoCustomer(4);
        customerWrites(customer.get(1), customer.get(0), "Hola");
        await().atMost(Duration.ofSeconds(5))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM conversation WHERE wa_id = ?")
                                .param(customer.get(1))
                                .query(Long.class)
                                .single()
                        == 1);
        jdbc.sql("UPDATE conversation SET window_expires_at = ?, last_inbound_at = ? WHERE wa_id = ?")
                .params(
                        java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofHours(2))),
                        java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofHours(26))),
                        customer.get(1))
                .update();
        page.reload();
        row(customer.get(0)).locator(".conversation-link").click();

        assertThat(page.locator("#composer-text")).hasCount(0);
        assertThat(page.locator("#composer")).containsText("Ventana de 24 h cerrada");
        page.selectOption("#picker-template", new SelectOption().setLabel("saldo_pendiente (es)"));
        assertThat(page.locator("#template-picker .phone-body"))
                .containsText("Hola " + customer.get(0) + ", tu saldo pendiente es de", SOON);
        Locator send = page.locator("#template-picker .template-form button[type=submit]");
        assertThat(send).isEnabled(new LocatorAssertions.IsEnabledOptions().setTimeout(10_000));
        send.click();

        assertThat(page.locator("#thread .message-out").last()).containsText("Plantilla", SOON);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> phoneReceived(customer.get(1)).contains("\"fromCustomer\":false"));
    }

    @Test
    void nuevoMensajeToANewNumberStartsTheConversation() {
        page.navigate(url("/conversations/new"));
        page.fill("#new-to", "+56 9 7654 0002");
        page.click("button:has-text('Buscar')");
        page.selectOption("#new-template", new SelectOption().setLabel("saldo_pendiente (es)"));
        page.waitForURL("**template=*");
        page.fill("input[name='value.nombre']", "Ignacia");
        page.fill("input[name='value.saldo']", "$12.000");
        page.click("button:has-text('Vista previa')");
        assertThat(page.locator(".phone-body")).containsText("Hola Ignacia, tu saldo pendiente es de $12.000");
        Locator send = page.locator("button[form=new-send]");
        assertThat(send).isEnabled();
        send.click();

        page.waitForURL("**/conversations/*");
        assertThat(page.locator(".conversation-header")).containsText("+56 9 7654 0002");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> phoneReceived("56976540002").contains("\"fromCustomer\":false"));
    }
}
