package io.conversa.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.conversa.core.WorkspaceId;
import io.conversa.identity.Role;
import io.conversa.identity.TestLogins;
import io.conversa.identity.Workspaces;
import io.conversa.receivables.Customers;
import io.conversa.receivables.Invoices;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import java.time.Instant;
import java.util.Map;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A link paid through Stripe end to end, against a fake of Stripe's API: "Pagar" creates a Checkout Session and sends
 * the payer there; Stripe's signed webhook confirms the payment once (balances lowered, link paid); a forged one is
 * refused with 400 and records nothing. A workspace's own keys from Configuración → Pagos replace the server's: its
 * key opens the session and only its secret confirms its links.
 */
@IntegrationTest
// A context of its own (Stripe configured) on the shared database: closed after the class, so its durable-task
// scheduler does not pick up the other tests' sends (it would send them to its own fake Graph API)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StripeCheckoutTests {

    static final String SECRET = "whsec_conversa_integration";
    static final String OWN_KEY = "sk_test_workspace_own_key_0123456789";
    static final String OWN_SECRET = "whsec_workspace_own_secret_0123456789";
    static final WireMockServer stripe = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        stripe.start();
    }

    @DynamicPropertySource
    static void stripeSettings(DynamicPropertyRegistry registry) {
        registry.add("conversa.payments.provider", () -> "stripe");
        registry.add("conversa.payments.stripe.api-key", () -> "sk_test_conversa_integration");
        registry.add("conversa.payments.stripe.webhook-secret", () -> SECRET);
        registry.add("conversa.payments.stripe.api-base", stripe::baseUrl);
    }

    @AfterAll
    static void stop() {
        stripe.stop();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

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

    WorkspaceId workspace;
    UUID invoice;
    PaymentLinkView link;

    @BeforeEach
    void setUp() {
        stripe.resetAll();
        jdbc.sql("DELETE FROM payment_settings").update();
        data.clearReceivables();
        workspace = data.workspace();
        Debts debts = new Debts(customers, invoices, workspace);
        UUID customer = debts.customer("C-STRIPE", "Ferretería Sur", null);
        invoice = debts.invoice(customer, "F-900", workspaces.today(workspace).minusDays(9), "150000", "CLP");
        link = links.create(workspace, new NewPaymentLink(customer, null, null, null), null);
    }

    @AfterEach
    void forgetSettings() {
        jdbc.sql("DELETE FROM payment_settings").update();
    }

    String path() {
        return link.url().substring(link.url().indexOf("/pay/"));
    }

    @Test
    void pagarSendsThePayerToAStripeCheckoutSessionForTheLinksAmount() throws Exception {
        stripe.stubFor(post(urlPathEqualTo("/v1/checkout/sessions")).willReturn(okJson("""
                {"id": "cs_test_int1", "object": "checkout.session",
                 "url": "https://checkout.stripe.com/c/pay/cs_test_int1"}""")));

        mvc.perform(MockMvcRequestBuilders.post(path() + "/checkout").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("https://checkout.stripe.com/c/pay/cs_test_int1"));

        stripe.verify(
                1,
                postRequestedFor(urlPathEqualTo("/v1/checkout/sessions"))
                        .withRequestBody(containing("150000"))
                        .withRequestBody(containing("clp"))
                        .withRequestBody(containing(link.id().toString())));
        assertThat(jdbc.sql("SELECT provider_reference FROM payment_link WHERE id = ?")
                        .param(link.id())
                        .query(String.class)
                        .single())
                .isEqualTo("cs_test_int1");
    }

    @Test
    void aSignedWebhookConfirmsThePaymentOnceAndAForgedOneRecordsNothing() throws Exception {
        String event = completed("pi_int_1", link.id());

        webhook(event, "t=1,v1=" + "0".repeat(64)).andExpect(status().isBadRequest());
        webhook(event, null).andExpect(status().isBadRequest());
        assertThat(links.get(workspace, link.id()).status()).isEqualTo("open");

        webhook(event, signature(event)).andExpect(status().isOk());
        webhook(event, signature(event)).andExpect(status().isOk()); // Stripe delivers again

        assertThat(links.get(workspace, link.id()).status()).isEqualTo("paid");
        assertThat(invoices.get(workspace, invoice).balance()).isEqualByComparingTo("0");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment WHERE external_ref = 'stripe:pi_int_1'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aWorkspaceWithItsOwnKeysPaysThroughThemAndOnlyItsSecretConfirmsItsLinks() throws Exception {
        ownStripeKeys(Map.of("provider", "stripe", "stripeApiKey", OWN_KEY, "stripeWebhookSecret", OWN_SECRET));
        stripe.stubFor(post(urlPathEqualTo("/v1/checkout/sessions")).willReturn(okJson("""
                {"id": "cs_test_own1", "object": "checkout.session",
                 "url": "https://checkout.stripe.com/c/pay/cs_test_own1"}""")));

        mvc.perform(MockMvcRequestBuilders.post(path() + "/checkout").with(csrf()))
                .andExpect(redirectedUrl("https://checkout.stripe.com/c/pay/cs_test_own1"));
        stripe.verify(
                1,
                postRequestedFor(urlPathEqualTo("/v1/checkout/sessions"))
                        .withHeader("Authorization", equalTo("Bearer " + OWN_KEY)));

        String event = completed("pi_own_1", link.id());
        webhook(event, signature(event, "whsec_" + "f".repeat(32))).andExpect(status().isBadRequest());
        // the server's secret is genuine, but no longer this workspace's: its links are not paid through it
        webhook(event, signature(event, SECRET)).andExpect(status().isOk());
        assertThat(links.get(workspace, link.id()).status()).isEqualTo("open");
        assertThat(data.count("payment_confirmation")).isZero();

        webhook(event, signature(event, OWN_SECRET)).andExpect(status().isOk());
        assertThat(links.get(workspace, link.id()).status()).isEqualTo("paid");
        assertThat(invoices.get(workspace, invoice).balance()).isEqualByComparingTo("0");
    }

    @Test
    void aWorkspaceThatChoseTheSandboxSendsNobodyToStripe() throws Exception {
        ownStripeKeys(Map.of("provider", "sandbox"));

        mvc.perform(MockMvcRequestBuilders.post(path() + "/checkout").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("no está disponible")));
        stripe.verify(0, postRequestedFor(urlPathEqualTo("/v1/checkout/sessions")));
    }

    void ownStripeKeys(Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder save = MockMvcRequestBuilders.post("/settings/payments")
                .session(TestLogins.login(mvc, data.user(Role.ADMIN)))
                .with(csrf());
        fields.forEach(save::param);
        mvc.perform(save).andExpect(redirectedUrl("/settings/payments"));
    }

    org.springframework.test.web.servlet.ResultActions webhook(String body, String signature) throws Exception {
        var request = MockMvcRequestBuilders.post("/webhooks/stripe")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return mvc.perform(request);
    }

    static String completed(String paymentIntent, UUID linkId) {
        return """
                {"id": "evt_int_1", "object": "event", "api_version": "2019-05-16", "created": %d,
                 "type": "checkout.session.completed",
                 "data": {"object": {"id": "cs_test_int1", "object": "checkout.session", "mode": "payment",
                   "status": "complete", "payment_status": "paid", "payment_intent": "%s", "amount_total": 150000,
                   "currency": "clp", "client_reference_id": "%s", "metadata": {"payment_link_id": "%s"}}}}""".formatted(Instant.now().getEpochSecond(), paymentIntent, linkId, linkId);
    }

    static String signature(String payload) {
        return signature(payload, SECRET);
    }

    static String signature(String payload, String secret) {
        long timestamp = Instant.now().getEpochSecond();
        return "t=" + timestamp + ",v1=" + Hmac.sha256Hex(secret, timestamp + "." + payload);
    }
}
