package io.conversa.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.SelectOption;
import io.conversa.browser.SandboxPhones.Contact;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An agent works the inbox in Chromium on the zero-setup app while customers write from the WhatsApp sandbox's
 * simulator: what arrives, what the agent sends and does, and what the customer's phone receives, as a person sees
 * it. Every test takes customers nobody has talked to yet (the demo inbox already holds a dozen conversations).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InboxAgentBrowserTests extends SignedInBrowserTest {

    static final LocatorAssertions.ContainsTextOptions LIVE =
            new LocatorAssertions.ContainsTextOptions().setTimeout(10_000);
    static final LocatorAssertions.IsVisibleOptions LIVE_VISIBLE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(10_000);
    static final LocatorAssertions.HasTextOptions LIVE_TEXT = new LocatorAssertions.HasTextOptions().setTimeout(10_000);
    static final Duration PHONE_WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path dataDir;

    static List<Contact> contacts;
    static final Set<String> used = new HashSet<>();

    @Autowired
    JdbcClient jdbc;

    final List<String> dialogs = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void zeroSetup(DynamicPropertyRegistry registry) {
        ZeroSetupBrowser.properties(registry, dataDir);
        // the customer's phone reports sent, delivered and read a little faster than the sandbox's defaults
        registry.add("conversa.sandbox.sent-after", () -> "300ms");
        registry.add("conversa.sandbox.delivered-after", () -> "800ms");
        registry.add("conversa.sandbox.read-after", () -> "1500ms");
    }

    @BeforeEach
    void watchDialogs() {
        page.onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.dismiss();
        });
    }

    @AfterEach
    void noDialog() { // runs before the context closes
        assertThat(dialogs).as("dialogs the page opened").isEmpty();
    }

    @Test
    void aCustomerMessageAppearsInTheOpenInboxWithoutReloadAndMovesItsConversationFirst() {
        Contact ana = untouchedCustomer();
        Contact beto = untouchedCustomer();
        customerWrites(ana, "Hola, ¿me confirman el saldo?");
        customerWrites(beto, "Buenas tardes");
        assertThat(row(ana)).containsText("Hola, ¿me confirman el saldo?", LIVE);
        assertThat(row(beto)).containsText("Buenas tardes", LIVE);
        // Ana wrote an hour ago, Beto half an hour ago (Meta's timestamps have whole seconds: no ties this way)
        writtenAgo(ana, Duration.ofMinutes(60));
        writtenAgo(beto, Duration.ofMinutes(30));
        page.reload();
        List<String> before =
                page.locator(".conversation-row .conversation-name").allTextContents();
        assertThat(before.indexOf(beto.name())).isLessThan(before.indexOf(ana.name()));
        page.evaluate("() => { window.sameDocument = true; }");

        customerWrites(ana, "Ya hice la transferencia");

        assertThat(firstNormalRow()).containsText(ana.name(), LIVE);
        assertThat(firstNormalRow()).containsText("Ya hice la transferencia");
        assertThat(row(ana).locator(".badge-unread")).hasText("2");
        List<String> after =
                page.locator(".conversation-row .conversation-name").allTextContents();
        assertThat(after.indexOf(ana.name())).isLessThan(after.indexOf(beto.name()));
        assertThat(page.evaluate("() => window.sameDocument === true")).isEqualTo(true);
    }

    @Test
    void aReplyShowsAtOnceAsPendingThenItsTicksAdvanceToRead() {
        Contact customer = untouchedCustomer();
        customerWrites(customer, "¿Me pueden llamar?");
        assertThat(row(customer)).isVisible(LIVE_VISIBLE);
        row(customer).locator(".conversation-link").click();
        assertThat(page.locator("#thread .message-in").last()).containsText("¿Me pueden llamar?");
        String reply = "Claro, le llamamos a las 16:00.";
        recordTicksOf(reply);

        page.locator("#composer-text").fill(reply);
        page.locator("#composer-text").press("Enter");

        Locator bubble = page.locator("#thread .message-out", new Page.LocatorOptions().setHasText(reply));
        assertThat(bubble).isVisible();
        assertThat(page.locator("#composer-text")).hasValue("");
        assertThat(bubble.locator(".ticks-read"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        assertThat(bubble.locator(".ticks")).hasAttribute("title", "Leído");
        List<String> seen = ticksSeen();
        // drawn from the thread as stored right after the send: pending, or already sending or sent when the
        // sandbox answered first (never delivered or read before it was sent)
        assertThat(seen.get(0))
                .as("status the bubble first showed, of %s", seen)
                .isIn("pending", "sending", "sent");
        assertTicksOnlyMoveForward(seen);
        assertThat(row(customer).locator(".conversation-preview")).containsText("Tú:");
        assertThat(row(customer).locator(".conversation-preview")).containsText(reply);
    }

    @Test
    void aReplyWhoseAnswerIsSlowNeverShowsOlderTicksOverNewerOnes() {
        Contact customer = untouchedCustomer();
        customerWrites(customer, "¿Me confirman el pago?");
        assertThat(row(customer)).isVisible(LIVE_VISIBLE);
        row(customer).locator(".conversation-link").click();
        assertThat(page.locator("#thread .message-in").last()).containsText("¿Me confirman el pago?");
        String reply = "Sí, lo recibimos ayer.";
        recordTicksOf(reply);
        List<Route> held = new ArrayList<>();
        List<APIResponse> answers = new ArrayList<>();
        page.route("**/conversations/*/messages", route -> {
            answers.add(route.fetch()); // the server stores and renders the thread now...
            held.add(route); // ...and its answer reaches the browser late
        });

        page.locator("#composer-text").fill(reply);
        page.locator("#composer-text").press("Enter");
        page.waitForCondition(() -> !held.isEmpty());
        page.waitForCondition(
                () -> jdbc.sql("SELECT COUNT(*) FROM message WHERE text = ? AND status IN ('delivered', 'read')")
                                .param(reply)
                                .query(Integer.class)
                                .single()
                        == 1);
        held.get(0).fulfill(new Route.FulfillOptions().setResponse(answers.get(0)));

        Locator bubble = page.locator("#thread .message-out", new Page.LocatorOptions().setHasText(reply));
        assertThat(bubble.locator(".ticks-read"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        assertTicksOnlyMoveForward(ticksSeen());
    }

    @Test
    void aConversationPastTheWindowOffersTemplatesAndTheTemplateReachesThePhone() {
        Contact customer = untouchedCustomer();
        customerWrites(customer, "Hola");
        assertThat(row(customer)).isVisible(LIVE_VISIBLE);
        String id = row(customer).getAttribute("data-id");
        Instant now = Instant.now();
        int updated = jdbc.sql("UPDATE conversation SET window_expires_at = ?, last_inbound_at = ? WHERE id = ?")
                .params(
                        Timestamp.from(now.minus(Duration.ofHours(2))),
                        Timestamp.from(now.minus(Duration.ofHours(26))),
                        java.util.UUID.fromString(id))
                .update();
        assertThat(updated).isEqualTo(1);

        page.reload();
        row(customer).locator(".conversation-link").click();

        assertThat(page.locator(".conversation-header h2")).hasText(customer.name());
        assertThat(page.locator("#composer-text")).hasCount(0);
        assertThat(page.locator("[data-composer-tab=reply]")).hasCount(0);
        assertThat(page.locator(".window-status.window-closed"))
                .containsText("Ventana de 24 h cerrada: solo plantillas aprobadas");
        assertThat(page.locator("[data-composer-tab=template]")).hasAttribute("aria-selected", "true");
        assertThat(page.locator("#template-picker")).isVisible();

        page.locator("#picker-template").selectOption(new SelectOption().setLabel("saldo_pendiente (es)"));
        assertThat(page.locator("#template-picker .phone-body"))
                .containsText("Hola " + customer.name() + ", tu saldo pendiente es de $", LIVE);
        Locator send = page.locator("#template-picker .template-form button[type=submit]");
        assertThat(send).isEnabled();
        send.click();

        Locator sent = page.locator("#thread .message-out").last();
        assertThat(sent.locator(".template-label")).hasText("Plantilla", LIVE_TEXT);
        assertThat(sent).containsText("Hola " + customer.name());
        JsonNode received = awaitPhoneMessage(
                customer.waId(),
                m -> "template".equals(m.path("content").path("type").asString()));
        assertThat(received.path("content").path("templateName").asString()).isEqualTo("saldo_pendiente");
        assertThat(received.path("content").path("parameters").toString())
                .contains("nombre: " + customer.name(), "saldo: $");
        assertThat(page.locator("#composer-text")).hasCount(0); // still outside the window
    }

    @Test
    void nuevoMensajeToATypedNumberOpensTheNewConversationAndTheReplyLandsInIt() {
        // A Mexican mobile: WhatsApp answers with wa_id 521…, the conversation must keep following it.
        String typed = "+52 55 7654 0192";
        String waId = "5215576540192";
        page.click("text=Nuevo mensaje");
        page.waitForURL("**/conversations/new");
        page.fill("#new-to", typed);
        page.click("#new-form button:has-text('Buscar')");
        assertThat(page.locator("#new-to")).hasValue(typed);
        assertThat(page.locator(".recipient")).hasCount(0);
        page.selectOption("#new-template", new SelectOption().setLabel("saldo_pendiente (es)"));
        page.waitForURL("**template=*");
        page.fill("input[name='value.nombre']", "Ignacia");
        page.fill("input[name='value.saldo']", "$12.000");
        page.click("#new-form button:has-text('Vista previa')");
        assertThat(page.locator(".phone-body")).containsText("Hola Ignacia, tu saldo pendiente es de $12.000");
        page.click("button[form=new-send]");

        page.waitForURL(Pattern.compile(".*/conversations/[0-9a-f-]{36}$"));
        assertThat(page.locator(".conversation-header")).containsText("7654 0192"); // the number as people read it
        Locator sent = page.locator("#thread .message-out").last();
        assertThat(sent).containsText("Hola Ignacia, tu saldo pendiente es de $12.000");
        JsonNode received = awaitPhoneMessage(
                waId, m -> "template".equals(m.path("content").path("type").asString()));
        assertThat(received.path("content").path("parameters").toString()).contains("Ignacia", "$12.000");
        assertThat(sent.locator(".ticks-read")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));

        customerWrites(new Contact("Ignacia", waId), "¿Qué es este saldo?");

        assertThat(page.locator("#thread .message-in").last()).containsText("¿Qué es este saldo?", LIVE);
        assertThat(page.locator(".conversation-row", new Page.LocatorOptions().setHasText("¿Qué es este saldo?")))
                .hasCount(1);
        assertThat(page.locator(".conversation-row.is-selected")).containsText("¿Qué es este saldo?");
    }

    @Test
    void anUnknownNumberIsLinkedBySearchAndThePanelShowsWhatTheCustomerOwes() {
        Debtor debtor = untouchedDebtor();
        Contact stranger = newSandboxContact("+56 9 3141 5926", "Desconocido Prueba");
        customerWrites(stranger, "Hola, ¿cuánto debo?");
        Locator row = row(stranger);
        assertThat(row.locator(".chip-muted")).hasText("Sin vincular", LIVE_TEXT);
        row.locator(".conversation-link").click();
        assertThat(page.locator("#panel-pane .panel-link")).containsText("Vincular cliente");
        assertThat(page.locator("#panel-pane .panel-balance")).hasCount(0);

        page.fill("#link-search", debtor.name());
        Locator result = page.locator("#link-results li", new Page.LocatorOptions().setHasText(debtor.name()));
        assertThat(result).hasCount(1);
        result.locator("button", new Locator.LocatorOptions().setHasText("Vincular"))
                .click();

        assertThat(page.locator("#panel-pane .panel-customer-name")).hasText(debtor.name(), LIVE_TEXT);
        assertThat(page.locator("#panel-pane .panel-balance")).containsText("Saldo pendiente");
        assertThat(page.locator("#panel-pane .panel-balance")).containsText("Vencido");
        assertThat(page.locator("#panel-pane .panel-invoices li")).hasCount(debtor.overdueInvoices());
        assertThat(page.locator("#panel-pane .panel-invoices")).containsText(debtor.oldestOverdueNumber());
        assertThat(page.locator("#panel-pane .panel-link")).hasCount(0);
        assertThat(page.locator("#thread .system-event").last()).containsText("Vinculada a " + debtor.name() + " por");
        assertThat(page.locator(".conversation-header h2")).hasText(debtor.name());
        Locator linkedRow = page.locator(".conversation-row.is-selected");
        assertThat(linkedRow.locator(".conversation-name")).hasText(debtor.name(), LIVE_TEXT);
        assertThat(linkedRow.locator(".chip-muted")).hasCount(0);
    }

    @Test
    void priorityTagsCloseAndReopenShowInTheHeaderTheListAndItsFilters() {
        Contact customer = untouchedCustomer();
        Contact other = untouchedCustomer();
        customerWrites(other, "Otro cliente");
        customerWrites(customer, "Necesito ayuda urgente");
        assertThat(row(other)).isVisible(LIVE_VISIBLE);
        assertThat(row(customer)).isVisible(LIVE_VISIBLE);
        row(customer).locator(".conversation-link").click();
        Locator header = page.locator(".conversation-header");
        assertThat(header.locator("h2")).hasText(customer.name());

        page.selectOption("#panel-priority", "urgent");
        assertThat(header.locator(".chip-urgent")).hasText("Urgente", LIVE_TEXT);
        assertThat(row(customer).locator(".chip-urgent")).hasText("Urgente", LIVE_TEXT);
        assertThat(page.locator("#thread .system-event").last()).containsText("Prioridad: Urgente");
        page.selectOption("#inbox-filters select[name=priority]", "urgent");
        assertThat(page.locator(".conversation-row", new Page.LocatorOptions().setHasText(other.name())))
                .hasCount(0);
        assertThat(row(customer)).isVisible();
        assertThat(page.locator(".conversation-row:not(:has(.chip-urgent))")).hasCount(0);
        assertThat(page).hasURL(Pattern.compile(".*priority=urgent.*"));
        page.selectOption("#inbox-filters select[name=priority]", "");
        assertThat(row(other)).isVisible();

        page.fill("#panel-tags", "promesa-viernes, llamar-tarde");
        page.locator("#panel-pane form:has(#panel-tags) button", new Page.LocatorOptions().setHasText("Guardar"))
                .click();
        assertThat(row(customer).locator(".chip-tag")).hasText(new String[] {"llamar-tarde", "promesa-viernes"});
        assertThat(page.locator("#panel-pane .panel-actions .panel-tags .tag"))
                .hasText(new String[] {"llamar-tarde", "promesa-viernes"});
        assertThat(page.locator("#thread .system-event").last()).containsText("llamar-tarde");
        page.selectOption("#inbox-filters select[name=tag]", "promesa-viernes");
        assertThat(page.locator(".conversation-row")).hasCount(1);
        assertThat(row(customer)).isVisible();
        page.selectOption("#inbox-filters select[name=tag]", "");
        assertThat(row(other)).isVisible();

        page.click("[data-action=toggle-status]");
        assertThat(header.locator(".chip-muted")).hasText("Cerrada", LIVE_TEXT);
        assertThat(page.locator("[data-action=toggle-status]")).containsText("Reabrir");
        assertThat(page.locator("#thread .system-event").last()).containsText("Conversación cerrada por");
        assertThat(row(customer)).hasCount(0); // gone from Abiertas
        tab("Cerradas").click();
        assertThat(tab("Cerradas")).hasAttribute("aria-current", "page");
        assertThat(row(customer)).isVisible();
        assertThat(row(other)).hasCount(0);

        page.click("[data-action=toggle-status]");
        assertThat(header.locator(".chip-muted", new Locator.LocatorOptions().setHasText("Cerrada")))
                .hasCount(0);
        assertThat(page.locator("[data-action=toggle-status]")).containsText("Cerrar");
        assertThat(page.locator("#thread .system-event").last()).containsText("Conversación reabierta por");
        assertThat(row(customer)).hasCount(0); // gone from Cerradas
        tab("Abiertas").click();
        assertThat(row(customer)).isVisible();
        assertThat(row(customer).locator(".chip-urgent")).isVisible();
    }

    @Test
    void markupACustomerTypesIsShownAsTextAndNeverRuns() {
        String payload = "<script>alert(1)</script><b>x</b>";
        Contact customer = untouchedCustomer();
        Contact stranger = newSandboxContact("+56 9 2718 2818", "<img src=x onerror=alert(2)>Ana");

        customerWrites(customer, payload);
        customerWrites(stranger, payload);

        assertThat(row(customer).locator(".conversation-preview")).hasText(payload, LIVE_TEXT);
        Locator strangerRow = page.locator(
                ".conversation-row", new Page.LocatorOptions().setHasText("<img src=x onerror=alert(2)>Ana"));
        assertThat(strangerRow.locator(".conversation-preview")).hasText(payload, LIVE_TEXT);
        assertThat(page.locator("#list-pane b, #list-pane img, #list-pane script"))
                .hasCount(0);

        row(customer).locator(".conversation-link").click();
        assertThat(page.locator("#thread .message-in .message-text").last()).hasText(payload);
        assertThat(page.locator("#thread b, #thread script")).hasCount(0);

        strangerRow.locator(".conversation-link").click();
        assertThat(page.locator(".conversation-header h2")).hasText("<img src=x onerror=alert(2)>Ana");
        assertThat(page.locator("#thread .message-in .message-text").last()).hasText(payload);
        assertThat(page.locator("#conversation-area b, #conversation-area img, #list-pane img"))
                .hasCount(0);
        assertThat(page).hasTitle("<img src=x onerror=alert(2)>Ana · Conversa");

        page.reload(); // the full page renders the same text
        assertThat(page.locator("#thread .message-in .message-text").last()).hasText(payload);
        assertThat(page.locator("b, #inbox img")).hasCount(0);
        assertThat(dialogs).isEmpty();
    }

    @Test
    void aCustomerOfTheDemoInboxWritesAgainIntoTheirConversation() {
        Set<String> talkedTo = talkedTo();
        Contact customer = sandboxContacts().stream()
                .filter(c -> talkedTo.contains(c.name()) && !used.contains(c.name()) && nameIsUnique(c.name()))
                .findFirst()
                .orElseThrow();
        used.add(customer.name());
        tab("Todas").click();
        assertThat(tab("Todas")).hasAttribute("aria-current", "page");
        assertThat(row(customer)).hasCount(1);
        String id = row(customer).getAttribute("data-id");

        customerWrites(customer, "Sigo esperando su respuesta");

        assertThat(row(customer)).containsText("Sigo esperando su respuesta", LIVE);
        assertThat(row(customer)).hasAttribute("data-id", id);
        row(customer).locator(".conversation-link").click();
        assertThat(page.locator("#thread .message-in").last()).containsText("Sigo esperando su respuesta");
        assertThat(page.locator("#thread .message-in")).not().hasCount(1); // the demo's messages are above it
    }

    @Test
    void onAPhoneTheCustomerPanelOpensOverTheConversationAndClosesWithATap() {
        Contact customer = untouchedCustomer();
        customerWrites(customer, "Hola desde el celular");
        assertThat(row(customer)).isVisible(LIVE_VISIBLE);
        String id = row(customer).getAttribute("data-id");
        page.setViewportSize(390, 844);
        page.navigate(url("/conversations/" + id));
        assertThat(page.locator("#list-pane")).isHidden();
        assertThat(page.locator("#panel-pane")).isHidden();

        page.locator(".conversation-header [data-toggle-panel]").click();
        assertThat(page.locator("#panel-pane .panel-customer-name")).hasText(customer.name());

        page.locator("#panel-pane [data-toggle-panel]").click();
        assertThat(page.locator("#panel-pane")).isHidden();
        assertThat(page.locator("#composer-text")).isVisible();
    }

    @Test
    void screenshotsOfAnOpenConversationOnDesktopAndPhone() {
        Contact customer = untouchedCustomer();
        customerWrites(customer, "Hola, adjunto el comprobante de la transferencia de ayer por el saldo de octubre");
        assertThat(row(customer)).isVisible(LIVE_VISIBLE);
        row(customer).locator(".conversation-link").click();
        page.locator("#composer-text").fill("Gracias, lo revisamos y le confirmamos.");
        page.locator("#composer-text").press("Enter");
        Locator reply = page.locator("#thread .message-out").last();
        assertThat(reply.locator(".ticks-read")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        Path dir = Paths.get("target", "screenshots");
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("inbox-1440x900.png")));
        assertNoSidewaysScroll();

        page.setViewportSize(390, 844);
        page.reload();
        assertThat(page.locator("#thread .message-out").last()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("inbox-390x844.png")));
        assertNoSidewaysScroll();
        page.click("[data-toggle-panel]");
        assertThat(page.locator("#panel-pane")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("inbox-390x844-panel.png")));
        page.keyboard().press("Escape");
        page.locator(".conversation-back").click();
        assertThat(page.locator("#list-pane")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("inbox-390x844-list.png")));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    Locator row(Contact contact) {
        return page.locator(".conversation-row", new Page.LocatorOptions().setHasText(contact.name()));
    }

    /** The most recent conversation below the urgent and high-priority ones, which the list keeps on top. */
    Locator firstNormalRow() {
        return page.locator(".conversation-row:not(:has(.chip-urgent, .chip-high))")
                .first();
    }

    void writtenAgo(Contact contact, Duration ago) {
        int updated = jdbc.sql("UPDATE conversation SET last_message_at = ? WHERE wa_id = ?")
                .params(Timestamp.from(Instant.now().minus(ago)), contact.waId())
                .update();
        assertThat(updated).isEqualTo(1);
    }

    Locator tab(String label) {
        return page.locator(".inbox-tabs .tab", new Page.LocatorOptions().setHasText(label));
    }

    void assertNoSidewaysScroll() {
        Object wider = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        assertThat(wider).as("the page scrolls sideways").isEqualTo(false);
    }

    /** Records every tick status the bubble with this text shows, in order, however briefly. */
    void recordTicksOf(String text) {
        page.evaluate("""
                (text) => {
                  window.ticksSeen = [];
                  const look = () => {
                    const bubble = [...document.querySelectorAll('#thread .message-out')]
                        .find(b => b.textContent.includes(text));
                    const ticks = bubble && bubble.querySelector('.ticks');
                    if (!ticks) return;
                    const status = [...ticks.classList].find(c => c.startsWith('ticks-')).substring(6);
                    if (window.ticksSeen[window.ticksSeen.length - 1] !== status) window.ticksSeen.push(status);
                  };
                  new MutationObserver(look).observe(document.body,
                      {subtree: true, childList: true, attributes: true, attributeFilter: ['class']});
                }
                """, text);
    }

    @SuppressWarnings("unchecked")
    List<String> ticksSeen() {
        return (List<String>) page.evaluate("() => window.ticksSeen");
    }

    void assertTicksOnlyMoveForward(List<String> seen) {
        assertThat(seen.get(seen.size() - 1)).as("last status of %s", seen).isEqualTo("read");
        List<String> order = List.of("pending", "sending", "sent", "delivered", "read");
        for (int i = 1; i < seen.size(); i++) {
            assertThat(order.indexOf(seen.get(i)))
                    .as("statuses only move forward: %s", seen)
                    .isGreaterThan(order.indexOf(seen.get(i - 1)));
        }
    }

    // The simulator, through its JSON API with the agent's session (the customer's side of the chat).

    SandboxPhones phones() {
        return new SandboxPhones(page, port);
    }

    void customerWrites(Contact contact, String text) {
        phones().write(contact, text);
    }

    Contact newSandboxContact(String phone, String name) {
        Contact made = phones().newContact(phone, name);
        String waId = made.waId();
        Integer customers = jdbc.sql("SELECT COUNT(*) FROM customer WHERE phone_e164 LIKE ?")
                .param("%" + waId.substring(waId.length() - 8))
                .query(Integer.class)
                .single();
        assertThat(customers).as("a customer already has %s", phone).isZero();
        return made;
    }

    /** The business message the customer's phone received that matches, once it has arrived. */
    JsonNode awaitPhoneMessage(String waId, java.util.function.Predicate<JsonNode> matches) {
        return phones().received(waId, matches, PHONE_WAIT);
    }

    // Demo customers nobody has a conversation with yet, each used once, so that tests never share a conversation.

    List<Contact> sandboxContacts() {
        if (contacts == null) {
            contacts = phones().contacts();
        }
        return contacts;
    }

    Contact untouchedCustomer() {
        Set<String> talkedTo = talkedTo();
        Contact found = sandboxContacts().stream()
                .filter(c -> !used.contains(c.name()) && !talkedTo.contains(c.name()) && nameIsUnique(c.name()))
                .findFirst()
                .orElseThrow();
        used.add(found.name());
        return found;
    }

    /** Whether no other customer's name holds this one (the list's text locators would be ambiguous). */
    boolean nameIsUnique(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM customer WHERE name LIKE ?")
                        .param("%" + name + "%")
                        .query(Integer.class)
                        .single()
                == 1;
    }

    Set<String> talkedTo() {
        return new HashSet<>(jdbc.sql("SELECT cu.name FROM conversation c JOIN customer cu ON cu.id = c.customer_id")
                .query(String.class)
                .list());
    }

    record Debtor(String name, int overdueInvoices, String oldestOverdueNumber) {}

    /**
     * A customer with overdue invoices (none falling due around today, whatever the time zone) and no conversation.
     */
    Debtor untouchedDebtor() {
        Set<String> talkedTo = talkedTo();
        Debtor found =
                jdbc
                        .sql("""
                        SELECT cu.name, COUNT(*),
                               (SELECT o.number FROM invoice o WHERE o.customer_id = cu.id AND o.status = 'open'
                                   AND o.balance > 0 ORDER BY o.due_date, o.number LIMIT 1)
                          FROM customer cu JOIN invoice i ON i.customer_id = cu.id
                         WHERE i.status = 'open' AND i.balance > 0 AND i.due_date < CURRENT_DATE - 2
                           AND NOT EXISTS (SELECT 1 FROM invoice n WHERE n.customer_id = cu.id AND n.status = 'open'
                                   AND n.balance > 0 AND n.due_date BETWEEN CURRENT_DATE - 2 AND CURRENT_DATE + 2)
                         GROUP BY cu.id, cu.name
                         ORDER BY cu.name""")
                        .query((rs, n) -> new Debtor(rs.getString(1), rs.getInt(2), rs.getString(3)))
                        .list()
                        .stream()
                        .filter(d -> !used.contains(d.name()) && !talkedTo.contains(d.name()) && nameIsUnique(d.name()))
                        .findFirst()
                        .orElseThrow();
        used.add(found.name());
        return found;
    }
}
