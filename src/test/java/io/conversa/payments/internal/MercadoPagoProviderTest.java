package io.conversa.payments.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MercadoPagoProviderTest {

    private static final String PREFERENCES = "/checkout/preferences";
    private static final String PAYMENT = "/v1/payments/987654321";
    private static final String TOKEN = "APP_USR-1234567890123456-031012-0123456789abcdef0123456789abcdef-123456789";
    private static final String SECRET = "mp-webhook-secret-0123456789";
    private static final String LINK = "0f8e6a52-7d1c-4c39-9a1e-5b2b8f0c7d11";
    private static final String PUBLIC_URL = "https://cobranza.example.cl/";
    private static final ReturnUrls RETURNS = new ReturnUrls(
            "https://cobranza.example.cl/pay/tok123?resultado=pagado",
            "https://cobranza.example.cl/pay/tok123?resultado=cancelado",
            "https://cobranza.example.cl/pay/tok123?resultado=pendiente");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A fake of the provider's API, reset before each test. */
    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private static MercadoPagoProvider mercadoPago(String token, String secret) {
        return new MercadoPagoProvider(
                new PaymentsProperties.MercadoPago(token, secret, server.baseUrl()), Duration.ofSeconds(5), PUBLIC_URL);
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

    private static void answerPreference() {
        server.stubFor(post(urlPathEqualTo(PREFERENCES))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"id": "123456789-9f1c2a3b-4d5e-6f70-8192-a3b4c5d6e7f8",
                                 "init_point": "https://www.mercadopago.cl/checkout/v1/redirect?pref_id=123456789-9f1c2a3b-4d5e-6f70-8192-a3b4c5d6e7f8",
                                 "sandbox_init_point": "https://sandbox.mercadopago.cl/checkout/v1/redirect?pref_id=123456789-9f1c2a3b-4d5e-6f70-8192-a3b4c5d6e7f8",
                                 "external_reference": "%s", "date_created": "2026-03-10T12:00:00.000-03:00"}
                                """.formatted(LINK))));
    }

    private static LoggedRequest onlyPreferenceRequest() {
        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlPathEqualTo(PREFERENCES)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    @Test
    void opensACheckoutProPreferenceForTheLink() {
        answerPreference();

        CheckoutRedirect redirect = mercadoPago(TOKEN, null).startCheckout(request("150000", "CLP"));

        assertThat(redirect.url())
                .isEqualTo(
                        "https://www.mercadopago.cl/checkout/v1/redirect?pref_id=123456789-9f1c2a3b-4d5e-6f70-8192-a3b4c5d6e7f8");
        assertThat(redirect.providerReference()).isEqualTo("123456789-9f1c2a3b-4d5e-6f70-8192-a3b4c5d6e7f8");
        LoggedRequest sent = onlyPreferenceRequest();
        assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        JsonNode body = JSON.readTree(sent.getBodyAsString());
        JsonNode item = body.path("items").path(0);
        assertThat(body.path("items").size()).isEqualTo(1);
        assertThat(item.path("title").asString()).isEqualTo("Facturas F-1023, F-1024");
        assertThat(item.path("quantity").asInt()).isEqualTo(1);
        assertThat(item.path("unit_price").isIntegralNumber())
                .as("CLP has no decimals")
                .isTrue();
        assertThat(item.path("unit_price").asLong()).isEqualTo(150000);
        assertThat(item.path("currency_id").asString()).isEqualTo("CLP");
        assertThat(body.path("external_reference").asString()).isEqualTo(LINK);
        assertThat(body.path("back_urls").path("success").asString()).isEqualTo(RETURNS.success());
        assertThat(body.path("back_urls").path("failure").asString()).isEqualTo(RETURNS.cancel());
        assertThat(body.path("back_urls").path("pending").asString()).isEqualTo(RETURNS.pending());
        assertThat(body.path("auto_return").asString()).isEqualTo("approved");
        assertThat(body.path("notification_url").asString())
                .isEqualTo("https://cobranza.example.cl/webhooks/mercadopago?source_news=webhooks");
    }

    @Test
    void twoDecimalCurrenciesKeepTheirCents() {
        answerPreference();

        mercadoPago(TOKEN, null).startCheckout(request("1250.5", "MXN"));

        JsonNode item = JSON.readTree(onlyPreferenceRequest().getBodyAsString())
                .path("items")
                .path(0);
        assertThat(item.path("unit_price").decimalValue()).isEqualByComparingTo("1250.50");
        assertThat(item.path("currency_id").asString()).isEqualTo("MXN");
    }

    @Test
    void decimalsInPesosChilenosAreRefusedBeforeCalling() {
        assertThatThrownBy(() -> mercadoPago(TOKEN, null).startCheckout(request("1500.50", "CLP")))
                .isInstanceOf(IllegalArgumentException.class);
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 500, 503})
    void aRefusalOrServerErrorIsOneRequestAndAFailure(int status) {
        server.stubFor(post(urlPathEqualTo(PREFERENCES))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\": \"error\", \"status\": " + status + "}")));

        assertThatThrownBy(() -> mercadoPago(TOKEN, null).startCheckout(request("150000", "CLP")))
                .isInstanceOf(PaymentProviderFailure.class)
                .hasMessageContaining(String.valueOf(status))
                .hasMessageNotContaining(TOKEN);
        server.verify(1, postRequestedFor(urlPathEqualTo(PREFERENCES)));
    }

    @Test
    void anUnreachableServerIsAFailureAfterOneTry() {
        MercadoPagoProvider nowhere = new MercadoPagoProvider(
                new PaymentsProperties.MercadoPago(TOKEN, null, "http://127.0.0.1:9"), Duration.ofSeconds(2), "");

        assertThatThrownBy(() -> nowhere.startCheckout(request("150000", "CLP")))
                .isInstanceOf(PaymentProviderFailure.class);
    }

    @Test
    void withoutAnAccessTokenNothingIsSent() {
        assertThatThrownBy(() -> mercadoPago("", null).startCheckout(request("150000", "CLP")))
                .isInstanceOf(PaymentProviderFailure.class)
                .hasMessageContaining("CONVERSA_MERCADOPAGO_ACCESS_TOKEN");
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    // --- notifications ---

    private static void answerPayment(String status) {
        server.stubFor(get(urlPathEqualTo(PAYMENT)).willReturn(okJson("""
                        {"id": 987654321, "status": "%s", "status_detail": "accredited",
                         "external_reference": "%s", "transaction_amount": 150000, "currency_id": "CLP",
                         "date_created": "2026-03-10T12:29:40.000-03:00",
                         "date_approved": "2026-03-10T12:30:00.000-03:00"}
                        """.formatted(status, LINK))));
    }

    private static final String WEBHOOK_BODY = """
            {"action": "payment.updated", "api_version": "v1", "data": {"id": "987654321"},
             "date_created": "2026-03-10T15:30:01Z", "id": 12345678901, "live_mode": true, "type": "payment",
             "user_id": "123456789"}
            """;

    private static WebhookCall webhook(Map<String, String> headers) {
        return new WebhookCall(
                WEBHOOK_BODY.getBytes(StandardCharsets.UTF_8),
                headers,
                Map.of("data.id", "987654321", "type", "payment"));
    }

    private static Map<String, String> signed(String secret, String requestId, String ts) {
        String v1 = MercadoPagoProvider.sign("id:987654321;request-id:" + requestId + ";ts:" + ts + ";", secret);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-signature", "ts=" + ts + ",v1=" + v1);
        headers.put("x-request-id", requestId);
        return headers;
    }

    private static final ProviderPayment APPROVED = new ProviderPayment(
            "mercadopago", "987654321", LINK, new BigDecimal("150000"), "CLP", Instant.parse("2026-03-10T15:30:00Z"));

    @Test
    void aPaymentNotificationIsConfirmedByFetchingTheApprovedPayment() {
        answerPayment("approved");

        ProviderPayment payment =
                mercadoPago(TOKEN, null).confirm(webhook(Map.of())).orElseThrow();

        assertThat(payment).usingRecursiveComparison().ignoringFields("amount").isEqualTo(APPROVED);
        assertThat(payment.amount()).isEqualByComparingTo("150000");
        List<LoggedRequest> fetched = server.findAll(getRequestedFor(urlPathEqualTo(PAYMENT)));
        assertThat(fetched).hasSize(1);
        assertThat(fetched.get(0).getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        server.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void theOlderIpnFormInTheQueryIsConfirmedTheSameWay() {
        answerPayment("approved");
        WebhookCall ipn = new WebhookCall(new byte[0], Map.of(), Map.of("topic", "payment", "id", "987654321"));

        assertThat(mercadoPago(TOKEN, null).confirm(ipn))
                .map(ProviderPayment::paymentId)
                .contains("987654321");
        server.verify(1, getRequestedFor(urlPathEqualTo(PAYMENT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pending", "in_process", "rejected", "cancelled", "refunded"})
    void aPaymentThatIsNotApprovedConfirmsNothing(String status) {
        answerPayment(status);

        assertThat(mercadoPago(TOKEN, null).confirm(webhook(Map.of()))).isEmpty();
        server.verify(1, getRequestedFor(urlPathEqualTo(PAYMENT)));
    }

    @Test
    void otherTopicsAreNotFetched() {
        WebhookCall order = new WebhookCall(
                "{\"type\": \"merchant_order\", \"data\": {\"id\": \"555\"}}".getBytes(StandardCharsets.UTF_8),
                Map.of(),
                Map.of("topic", "merchant_order", "id", "555"));

        assertThat(mercadoPago(TOKEN, null).confirm(order)).isEmpty();
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aPaymentMercadoPagoDoesNotKnowConfirmsNothing() {
        server.stubFor(get(urlPathEqualTo(PAYMENT))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"message\": \"Payment not found\", \"status\": 404}")));

        assertThat(mercadoPago(TOKEN, null).confirm(webhook(Map.of()))).isEmpty();
    }

    @Test
    void aServerErrorWhileFetchingIsAFailureSoTheNotificationComesAgain() {
        server.stubFor(get(urlPathEqualTo(PAYMENT)).willReturn(aResponse().withStatus(502)));

        assertThatThrownBy(() -> mercadoPago(TOKEN, null).confirm(webhook(Map.of())))
                .isInstanceOf(PaymentProviderFailure.class);
        server.verify(1, getRequestedFor(urlPathEqualTo(PAYMENT)));
    }

    @Test
    void withASecretAValidSignatureIsAccepted() {
        answerPayment("approved");

        assertThat(mercadoPago(TOKEN, SECRET)
                        .confirm(webhook(signed(SECRET, "bb56a2f1-6aae-46ac-982e-9dcd3581d08e", "1773156601000"))))
                .map(ProviderPayment::paymentId)
                .contains("987654321");
    }

    @Test
    void withASecretAWrongSignatureIsForgedAndNothingIsFetched() {
        answerPayment("approved");

        assertThatThrownBy(() -> mercadoPago(TOKEN, SECRET)
                        .confirm(webhook(
                                signed("another-secret", "bb56a2f1-6aae-46ac-982e-9dcd3581d08e", "1773156601000"))))
                .isInstanceOf(ForgedWebhook.class);
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void withASecretASignatureForAnotherPaymentIsForged() {
        answerPayment("approved");
        Map<String, String> headers = signed(SECRET, "bb56a2f1-6aae-46ac-982e-9dcd3581d08e", "1773156601000");
        WebhookCall other = new WebhookCall(
                WEBHOOK_BODY.replace("987654321", "987654322").getBytes(StandardCharsets.UTF_8),
                headers,
                Map.of("data.id", "987654322", "type", "payment"));

        assertThatThrownBy(() -> mercadoPago(TOKEN, SECRET).confirm(other)).isInstanceOf(ForgedWebhook.class);
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void withASecretAMissingOrMalformedSignatureIsForged() {
        answerPayment("approved");

        assertThatThrownBy(() -> mercadoPago(TOKEN, SECRET).confirm(webhook(Map.of())))
                .isInstanceOf(ForgedWebhook.class)
                .hasMessageContaining("x-signature");
        assertThatThrownBy(() -> mercadoPago(TOKEN, SECRET)
                        .confirm(webhook(Map.of("x-signature", "v1=abc", "x-request-id", "r1"))))
                .isInstanceOf(ForgedWebhook.class);
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theManifestLeavesOutMissingPartsAndLowerCasesTheId() {
        assertThat(MercadoPagoProvider.manifest("ORD01JQ4S4KY8HWQ6NA5PXB65B3D3", "req-1", "1742505638683"))
                .isEqualTo("id:ord01jq4s4ky8hwq6na5pxb65b3d3;request-id:req-1;ts:1742505638683;");
        assertThat(MercadoPagoProvider.manifest("123", null, "1742505638683")).isEqualTo("id:123;ts:1742505638683;");
    }
}
