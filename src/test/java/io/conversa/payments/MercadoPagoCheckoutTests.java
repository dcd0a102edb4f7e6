package io.conversa.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.conversa.core.WorkspaceId;
import io.conversa.identity.Workspaces;
import io.conversa.receivables.Customers;
import io.conversa.receivables.Invoices;
import io.conversa.settings.ChannelView;
import io.conversa.support.CustomerMessages;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A link paid through Mercado Pago end to end, against a fake of its API: "Pagar" creates a Checkout Pro preference and
 * sends the payer to its {@code init_point}; a signed payment notification makes the app fetch the payment, and an
 * approved one pays the link once (balances lowered, "Pago recibido" in the conversation). A payment that is not
 * approved records nothing; a forged signature is refused with 400 before anything is fetched; a workspace with its
 * own account has its payments fetched with its own token only.
 */
@IntegrationTest
// A context of its own (Mercado Pago configured) on the shared database: closed after the class, so its durable-task
// scheduler does not pick up the other tests' sends
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MercadoPagoCheckoutTests {

    static final String TOKEN = "APP_USR-1111111111111111-031012-serverserverserverserver-111111111";
    static final String SECRET = "server-webhook-secret-0123456789";
    static final String OWN_TOKEN = "APP_USR-2222222222222222-031012-workspaceworkspacework-222222222";
    static final String OWN_SECRET = "workspace-webhook-secret-0123456789";
    static final String PUBLIC_URL = "https://cobranza.example.test";
    static final String INIT_POINT = "https://www.mercadopago.cl/checkout/v1/redirect?pref_id=123456789-pref-int";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final WireMockServer mercadoPago =
            new WireMockServer(wireMockConfig().dynamicPort());

    static {
        mercadoPago.start();
    }

    @DynamicPropertySource
    static void mercadoPagoSettings(DynamicPropertyRegistry registry) {
        registry.add("conversa.public-url", () -> PUBLIC_URL);
        registry.add("conversa.payments.provider", () -> "mercadopago");
        registry.add("conversa.payments.mercadopago.access-token", () -> TOKEN);
        registry.add("conversa.payments.mercadopago.webhook-secret", () -> SECRET);
        registry.add("conversa.payments.mercadopago.api-base", mercadoPago::baseUrl);
    }

    @AfterAll
    static void stop() {
        mercadoPago.stop();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    CustomerMessages messages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Customers customers;

    @Autowired
    Invoices invoices;

    @Autowired
    Workspaces workspaces;

    @Autowired
    PaymentLinks links;

    @Autowired
    PaymentSettings settings;

    WorkspaceId workspace;
    UUID conversation;
    UUID invoice;
    PaymentLinkView link;

    @BeforeEach
    void setUp() {
        mercadoPago.resetAll();
        jdbc.sql("DELETE FROM payment_settings").update();
        data.clearInbox();
        data.clearReceivables();
        workspace = data.workspace();
        Debts debts = new Debts(customers, invoices, workspace);
        UUID customer = debts.customer("C-MP", "Librería Andes", "+56 9 8765 0004");
        invoice = debts.invoice(customer, "F-700", workspaces.today(workspace).minusDays(12), "150000", "CLP");
        ChannelView channel = data.channel("106540352242923", "mp-secret", "mp-token", "mp-verify");
        conversation = messages.writes(channel, "56987650004", "Andes", "¿Me mandan el link?", Instant.now());
        link = links.create(workspace, new NewPaymentLink(customer, null, null, conversation), null);
    }

    @AfterEach
    void forgetSettings() {
        jdbc.sql("DELETE FROM payment_settings").update();
    }

    @Test
    void pagarCreatesAPreferenceAndAnApprovedPaymentPaysTheLinkOnce() throws Exception {
        mercadoPago.stubFor(post(urlPathEqualTo("/checkout/preferences"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"id": "123456789-pref-int", "init_point": "%s",
                                 "external_reference": "%s"}""".formatted(INIT_POINT, link.id()))));

        mvc.perform(MockMvcRequestBuilders.post(path() + "/checkout").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(INIT_POINT));

        LoggedRequest created = only(postRequestedFor(urlPathEqualTo("/checkout/preferences")));
        assertThat(created.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        JsonNode preference = JSON.readTree(created.getBodyAsString());
        JsonNode item = preference.path("items").path(0);
        assertThat(preference.path("items").size()).isEqualTo(1);
        assertThat(item.path("title").asString()).isEqualTo("Facturas F-700");
        assertThat(item.path("quantity").asInt()).isEqualTo(1);
        assertThat(item.path("unit_price").asLong()).isEqualTo(150000);
        assertThat(item.path("currency_id").asString()).isEqualTo("CLP");
        assertThat(preference.path("external_reference").asString())
                .isEqualTo(link.id().toString());
        assertThat(preference.path("notification_url").asString())
                .isEqualTo(PUBLIC_URL + "/webhooks/mercadopago?source_news=webhooks");
        assertThat(preference.path("back_urls").path("success").asString()).isEqualTo(link.url() + "?paid");
        assertThat(jdbc.sql("SELECT provider || ':' || provider_reference FROM payment_link WHERE id = ?")
                        .param(link.id())
                        .query(String.class)
                        .single())
                .isEqualTo("mercadopago:123456789-pref-int");

        answerPayment("81000000001", "approved", TOKEN);
        notification("81000000001", SECRET).andExpect(status().isOk());
        notification("81000000001", SECRET).andExpect(status().isOk()); // Mercado Pago notifies again

        assertThat(links.get(workspace, link.id()).status()).isEqualTo("paid");
        assertThat(invoices.get(workspace, invoice).balance()).isEqualByComparingTo("0");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment WHERE external_ref = 'mercadopago:81000000001'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mercadoPago.verify(
                2,
                getRequestedFor(urlPathEqualTo("/v1/payments/81000000001"))
                        .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        theChatShowsThePaymentOnce();
    }

    @Test
    void aPaymentThatIsNotApprovedRecordsNothing() throws Exception {
        answerPayment("81000000002", "pending", TOKEN);

        notification("81000000002", SECRET).andExpect(status().isOk());

        mercadoPago.verify(1, getRequestedFor(urlPathEqualTo("/v1/payments/81000000002")));
        assertThat(links.get(workspace, link.id()).status()).isEqualTo("open");
        assertThat(data.count("payment_confirmation")).isZero();
        assertThat(invoices.get(workspace, invoice).balance()).isEqualByComparingTo("150000");
    }

    @Test
    void aForgedSignatureIsRefusedBeforeAnythingIsFetched() throws Exception {
        answerPayment("81000000003", "approved", TOKEN);

        notification("81000000003", "not-the-secret-0123456789").andExpect(status().isBadRequest());
        mvc.perform(MockMvcRequestBuilders.post("/webhooks/mercadopago?data.id=81000000003&type=payment")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("81000000003")))
                .andExpect(status().isBadRequest()); // unsigned

        mercadoPago.verify(0, anyRequestedFor(anyUrl()));
        assertThat(links.get(workspace, link.id()).status()).isEqualTo("open");
        assertThat(data.count("payment_confirmation")).isZero();
    }

    @Test
    void aWorkspaceWithItsOwnAccountHasItsPaymentsFetchedWithItsOwnTokenOnly() throws Exception {
        settings.save(
                workspace, new PaymentSettings.Change("mercadopago", null, null, OWN_TOKEN, OWN_SECRET, false, false));
        // the server's account knows a payment naming this workspace's link: genuine, but not this workspace's
        answerPayment("81000000004", "approved", TOKEN);
        answerPayment("81000000005", "approved", OWN_TOKEN);

        notification("81000000004", SECRET).andExpect(status().isOk());
        assertThat(links.get(workspace, link.id()).status()).isEqualTo("open");
        mercadoPago.verify(0, getRequestedFor(anyUrl()).withHeader("Authorization", equalTo("Bearer " + OWN_TOKEN)));

        notification("81000000005", OWN_SECRET).andExpect(status().isOk());
        assertThat(links.get(workspace, link.id()).status()).isEqualTo("paid");
        theChatShowsThePaymentOnce();
        mercadoPago.verify(
                1,
                getRequestedFor(urlPathEqualTo("/v1/payments/81000000005"))
                        .withHeader("Authorization", equalTo("Bearer " + OWN_TOKEN)));
        mercadoPago.verify(
                0,
                getRequestedFor(urlPathEqualTo("/v1/payments/81000000005"))
                        .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    /** "Pago recibido" in the conversation and the customer thanked in the chat, once each. */
    void theChatShowsThePaymentOnce() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(thread())
                    .filteredOn(text -> text.startsWith("payment_received"))
                    .hasSize(1);
            assertThat(thread()).containsOnlyOnce("¡Gracias! Recibimos tu pago de $150.000.");
        });
    }

    String path() {
        return link.url().substring(link.url().indexOf("/pay/"));
    }

    /** Mercado Pago's answer to {@code GET /v1/payments/{id}} with {@code token}, naming the link. */
    void answerPayment(String paymentId, String status, String token) {
        mercadoPago.stubFor(get(urlPathEqualTo("/v1/payments/" + paymentId))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(okJson("""
                        {"id": %s, "status": "%s", "status_detail": "accredited", "external_reference": "%s",
                         "transaction_amount": 150000, "currency_id": "CLP",
                         "date_approved": "2026-03-10T12:30:00.000-03:00"}""".formatted(paymentId, status, link.id()))));
    }

    /** A payment notification as Mercado Pago sends it, signed with {@code secret}. */
    ResultActions notification(String paymentId, String secret) throws Exception {
        String requestId = UUID.randomUUID().toString();
        String ts = String.valueOf(Instant.now().toEpochMilli());
        String v1 = Hmac.sha256Hex(secret, "id:" + paymentId + ";request-id:" + requestId + ";ts:" + ts + ";");
        return mvc.perform(MockMvcRequestBuilders.post(
                        "/webhooks/mercadopago?data.id=" + paymentId + "&type=payment&source_news=webhooks")
                .contentType(MediaType.APPLICATION_JSON)
                .header("x-signature", "ts=" + ts + ",v1=" + v1)
                .header("x-request-id", requestId)
                .content(body(paymentId)));
    }

    static String body(String paymentId) {
        return """
                {"action": "payment.updated", "api_version": "v1", "data": {"id": "%s"},
                 "date_created": "2026-03-10T15:30:01Z", "id": 12345678901, "live_mode": true, "type": "payment",
                 "user_id": "123456789"}""".formatted(paymentId);
    }

    LoggedRequest only(com.github.tomakehurst.wiremock.matching.RequestPatternBuilder pattern) {
        List<LoggedRequest> requests = mercadoPago.findAll(pattern);
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    List<String> thread() {
        return jdbc.sql("SELECT COALESCE(text, '') FROM message WHERE conversation_id = ? ORDER BY created_at")
                .param(conversation)
                .query(String.class)
                .list();
    }
}
