package io.conversa.payments.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.conversa.payments.PaymentsProperties;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StripeProviderTest {

    private static final String PATH = "/v1/checkout/sessions";
    private static final String KEY = "sk_test_conversa0123456789";
    private static final String SECRET = "whsec_conversa_test_secret";
    private static final String LINK = "0f8e6a52-7d1c-4c39-9a1e-5b2b8f0c7d11";
    private static final ReturnUrls RETURNS = new ReturnUrls(
            "https://cobranza.example.cl/pay/tok123?resultado=pagado",
            "https://cobranza.example.cl/pay/tok123?resultado=cancelado",
            "https://cobranza.example.cl/pay/tok123?resultado=pendiente");

    /** A fake of the provider's API, reset before each test. */
    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private StripeProvider provider;

    @BeforeEach
    void newProvider() {
        provider = stripe(KEY, SECRET);
    }

    private static StripeProvider stripe(String key, String secret) {
        return new StripeProvider(new PaymentsProperties.Stripe(key, secret, server.baseUrl()), Duration.ofSeconds(5));
    }

    private static CheckoutRequest request(String amount, String currency) {
        return new CheckoutRequest(
                LINK,
                "tok123",
                new BigDecimal(amount),
                currency,
                "Facturas F-1023, F-1024",
                RETURNS,
                "Distribuidora Andes SpA");
    }

    private static void answerSession() {
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("""
                        {"id": "cs_test_a1B2c3", "object": "checkout.session", "mode": "payment",
                         "payment_status": "unpaid", "status": "open",
                         "url": "https://checkout.stripe.com/c/pay/cs_test_a1B2c3#fidkdWxOYHwnPyd1blpxYHZxWjA0"}
                        """)));
    }

    /** The form-encoded body of the one Checkout Session request, decoded into its keys. */
    private static Map<String, String> onlyRequestForm() {
        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlPathEqualTo(PATH)));
        assertThat(requests).hasSize(1);
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : requests.get(0).getBodyAsString().split("&")) {
            int equals = pair.indexOf('=');
            form.put(
                    URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    @ParameterizedTest(name = "{1} {0} is {2} in Stripe''s smallest unit")
    @CsvSource({
        "CLP, 150000, 150000", // zero-decimal at Stripe
        "CLP, 150000.00, 150000",
        "MXN, 1250.50, 125050",
        "USD, 99.99, 9999",
        "USD, 20, 2000",
        "COP, 80000, 8000000" // two decimals at Stripe, though pesos have no cents in practice
    })
    void opensACheckoutSessionForTheLinkAmountInTheSmallestUnit(String currency, String amount, long minor) {
        answerSession();

        CheckoutRedirect redirect = provider.startCheckout(request(amount, currency));

        assertThat(redirect.url())
                .isEqualTo("https://checkout.stripe.com/c/pay/cs_test_a1B2c3#fidkdWxOYHwnPyd1blpxYHZxWjA0");
        assertThat(redirect.providerReference()).isEqualTo("cs_test_a1B2c3");
        Map<String, String> form = onlyRequestForm();
        assertThat(form)
                .containsEntry("mode", "payment")
                .containsEntry("line_items[0][quantity]", "1")
                .containsEntry("line_items[0][price_data][unit_amount]", String.valueOf(minor))
                .containsEntry("line_items[0][price_data][currency]", currency.toLowerCase())
                .containsEntry("line_items[0][price_data][product_data][name]", "Facturas F-1023, F-1024")
                .containsEntry("client_reference_id", LINK)
                .containsEntry("metadata[payment_link_id]", LINK)
                .containsEntry("payment_intent_data[metadata][payment_link_id]", LINK)
                .containsEntry("success_url", RETURNS.success())
                .containsEntry("cancel_url", RETURNS.cancel());
        LoggedRequest sent =
                server.findAll(postRequestedFor(urlPathEqualTo(PATH))).get(0);
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(sent.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
    }

    @Test
    void refusesDecimalsACurrencyCannotCarryBeforeCallingStripe() {
        assertThatThrownBy(() -> provider.startCheckout(request("1500.50", "CLP")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CLP");
        assertThatThrownBy(() -> provider.startCheckout(request("10.005", "USD")))
                .isInstanceOf(IllegalArgumentException.class);
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aServerErrorIsOneRequestAndAFailureWithoutTheKey() {
        server.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(aResponse()
                        .withStatus(500)
                        .withHeader("Stripe-Should-Retry", "true")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"type\": \"api_error\", \"message\": \"Something went wrong\"}}")));

        assertThatThrownBy(() -> provider.startCheckout(request("20", "USD")))
                .isInstanceOf(PaymentProviderFailure.class)
                .hasMessageContaining("500")
                .hasMessageNotContaining(KEY);
        server.verify(1, postRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aRefusedRequestIsOneRequestAndAFailureWithStripesCode() {
        server.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"error": {"type": "invalid_request_error", "code": "amount_too_small",
                                 "message": "The Checkout Session's total amount due must add up to at least $0.50 usd"}}
                                """)));

        assertThatThrownBy(() -> provider.startCheckout(request("0.10", "USD")))
                .isInstanceOf(PaymentProviderFailure.class)
                .hasMessageContaining("400 amount_too_small");
        server.verify(1, postRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void withoutAnApiKeyNothingIsSent() {
        StripeProvider unconfigured = stripe("", SECRET);

        assertThatThrownBy(() -> unconfigured.startCheckout(request("20", "USD")))
                .isInstanceOf(PaymentProviderFailure.class)
                .hasMessageContaining("CONVERSA_STRIPE_API_KEY");
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    // --- webhooks ---

    private static String completed(String type, String paymentStatus, String paymentIntent, long amount, String cur) {
        String intent = paymentIntent == null ? "null" : "\"" + paymentIntent + "\"";
        return """
                {
                  "id": "evt_1QxYz",
                  "object": "event",
                  "api_version": "2019-05-16",
                  "created": 1773162000,
                  "type": "%s",
                  "data": {
                    "object": {
                      "id": "cs_test_a1B2c3",
                      "object": "checkout.session",
                      "mode": "payment",
                      "status": "complete",
                      "payment_status": "%s",
                      "payment_intent": %s,
                      "amount_total": %d,
                      "currency": "%s",
                      "client_reference_id": "%s",
                      "metadata": {"payment_link_id": "%s"}
                    }
                  }
                }
                """.formatted(type, paymentStatus, intent, amount, cur, LINK, LINK);
    }

    /** A {@code Stripe-Signature} header as Stripe sends it. */
    private static String signature(String payload, long timestamp, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String v1 =
                    HexFormat.of().formatHex(mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8)));
            return "t=" + timestamp + ",v1=" + v1;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static WebhookCall call(String payload, String signatureHeader) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        if (signatureHeader != null) {
            headers.put("stripe-signature", signatureHeader);
        }
        return new WebhookCall(payload.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    @Test
    void aSignedCompletedAndPaidSessionIsThePayment() {
        String payload = completed("checkout.session.completed", "paid", "pi_3MtwBwLkdIwHu7ix28a3tqPa", 150000, "clp");

        Optional<ProviderPayment> payment = provider.confirm(call(payload, signature(payload, now(), SECRET)));

        assertThat(payment)
                .contains(new ProviderPayment(
                        "stripe",
                        "pi_3MtwBwLkdIwHu7ix28a3tqPa",
                        LINK,
                        new BigDecimal("150000"),
                        "CLP",
                        Instant.ofEpochSecond(1773162000)));
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void twoDecimalAmountsComeBackFromCents() {
        String payload = completed("checkout.session.completed", "paid", "pi_1", 125050, "mxn");

        ProviderPayment payment = provider.confirm(call(payload, signature(payload, now(), SECRET)))
                .orElseThrow();

        assertThat(payment.amount()).isEqualByComparingTo("1250.50");
        assertThat(payment.currency()).isEqualTo("MXN");
    }

    @Test
    void aDelayedPaymentThatSucceededIsThePaymentAndASessionWithoutIntentUsesTheSessionId() {
        String payload = completed("checkout.session.async_payment_succeeded", "paid", null, 9999, "usd");

        ProviderPayment payment = provider.confirm(call(payload, signature(payload, now(), SECRET)))
                .orElseThrow();

        assertThat(payment.paymentId()).isEqualTo("cs_test_a1B2c3");
        assertThat(payment.amount()).isEqualByComparingTo("99.99");
    }

    @Test
    void anUnpaidSessionOrAnotherEventConfirmsNothing() {
        String unpaid = completed("checkout.session.completed", "unpaid", null, 150000, "clp");
        String expired = completed("checkout.session.expired", "unpaid", null, 150000, "clp");
        String intent = completed("payment_intent.succeeded", "paid", "pi_1", 150000, "clp");

        for (String payload : List.of(unpaid, expired, intent)) {
            assertThat(provider.confirm(call(payload, signature(payload, now(), SECRET))))
                    .isEmpty();
        }
    }

    @Test
    void aSignatureWithAnotherSecretIsForged() {
        String payload = completed("checkout.session.completed", "paid", "pi_1", 150000, "clp");

        assertThatThrownBy(() -> provider.confirm(call(payload, signature(payload, now(), "whsec_someone_else"))))
                .isInstanceOf(ForgedWebhook.class);
    }

    @Test
    void aBodyChangedAfterSigningIsForged() {
        String payload = completed("checkout.session.completed", "paid", "pi_1", 1500, "clp");
        String header = signature(payload, now(), SECRET);
        String raised = payload.replace("\"amount_total\": 1500", "\"amount_total\": 150000");

        assertThatThrownBy(() -> provider.confirm(call(raised, header))).isInstanceOf(ForgedWebhook.class);
    }

    @Test
    void aMissingOrMalformedSignatureHeaderIsForged() {
        String payload = completed("checkout.session.completed", "paid", "pi_1", 150000, "clp");

        assertThatThrownBy(() -> provider.confirm(call(payload, null)))
                .isInstanceOf(ForgedWebhook.class)
                .hasMessageContaining("Stripe-Signature");
        assertThatThrownBy(() -> provider.confirm(call(payload, "v1=abc"))).isInstanceOf(ForgedWebhook.class);
    }

    @Test
    void aSignatureOlderThanFiveMinutesIsForged() {
        String payload = completed("checkout.session.completed", "paid", "pi_1", 150000, "clp");

        assertThatThrownBy(() -> provider.confirm(call(payload, signature(payload, now() - 301 - 5, SECRET))))
                .isInstanceOf(ForgedWebhook.class);
        assertThat(provider.confirm(call(payload, signature(payload, now() - 240, SECRET))))
                .isPresent();
    }

    @Test
    void withoutAWebhookSecretEveryCallIsRefused() {
        StripeProvider unconfigured = stripe(KEY, "");
        String payload = completed("checkout.session.completed", "paid", "pi_1", 150000, "clp");

        assertThatThrownBy(() -> unconfigured.confirm(call(payload, signature(payload, now(), SECRET))))
                .isInstanceOf(ForgedWebhook.class)
                .hasMessageContaining("CONVERSA_STRIPE_WEBHOOK_SECRET");
    }
}
