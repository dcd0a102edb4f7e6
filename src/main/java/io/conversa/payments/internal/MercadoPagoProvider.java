package io.conversa.payments.internal;

import com.mercadopago.client.payment.PaymentClient;
import com.mercadopago.client.preference.PreferenceBackUrlsRequest;
import com.mercadopago.client.preference.PreferenceClient;
import com.mercadopago.client.preference.PreferenceItemRequest;
import com.mercadopago.client.preference.PreferenceRequest;
import com.mercadopago.core.MPRequestOptions;
import com.mercadopago.exceptions.MPApiException;
import com.mercadopago.exceptions.MPException;
import com.mercadopago.resources.payment.Payment;
import com.mercadopago.resources.preference.Preference;
import io.conversa.payments.PaymentsProperties;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Mercado Pago through {@code sdk-java}: a Checkout Pro preference per payment (one item in the link's currency,
 * {@code external_reference} = the link's id, back URLs to the checkout page, {@code auto_return=approved}), confirmed
 * by fetching the payment a notification names ({@code GET /v1/payments/{id}} with the access token) and accepting
 * only {@code status=approved}: the notification itself carries no amount and is never trusted.
 *
 * <p>Notifications come as webhooks ({@code {"type":"payment","data":{"id":"123"}}}, with {@code ?data.id=123&type=
 * payment}) or in the older IPN form ({@code ?topic=payment&id=123}). When a webhook secret is configured, a
 * notification must also carry a valid {@code x-signature} ({@code ts=…,v1=…}: HMAC-SHA256, in hex, of the manifest
 * {@code id:{data.id};request-id:{x-request-id};ts:{ts};}, where a missing part is left out and an alphanumeric
 * {@code data.id} is lower-cased, as Mercado Pago documents); a bad or missing one is a {@link ForgedWebhook} and
 * nothing is fetched. Mercado Pago documents no freshness window for {@code ts}, so none is imposed: a replayed
 * notification only makes the payment be fetched again.
 *
 * <p>sdk-java keeps its settings in static fields; this class sets none of them. The access token goes with each
 * request ({@link MPRequestOptions}), and the SDK's clients are given {@link MercadoPagoHttp}, which points them at
 * the configured base URL and sends each request once. An instance holds one account's keys; {@link PaymentProviders}
 * builds one per use from the settings in force.
 */
public class MercadoPagoProvider implements PaymentProvider {

    public static final String ID = "mercadopago";

    static final String WEBHOOK_PATH = "/webhooks/mercadopago";

    private static final Logger log = LoggerFactory.getLogger(MercadoPagoProvider.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PaymentsProperties.MercadoPago settings;
    private final String publicUrl;
    private final int timeoutMillis;
    private final PreferenceClient preferences;
    private final PaymentClient payments;

    /**
     * @param publicUrl the app's public base URL ({@code conversa.public-url}), for the {@code notification_url}; when
     *     empty the preference names none and Mercado Pago notifies the URL configured in its panel
     */
    public MercadoPagoProvider(PaymentsProperties.MercadoPago settings, Duration timeout, String publicUrl) {
        this(settings, timeout, publicUrl, new MercadoPagoHttp(settings.apiBase(), timeout));
    }

    /** With an HTTP client shared between providers: its API base is the one used, not {@code settings.apiBase()}. */
    MercadoPagoProvider(
            PaymentsProperties.MercadoPago settings, Duration timeout, String publicUrl, MercadoPagoHttp http) {
        this.settings = settings;
        this.publicUrl = publicUrl == null ? "" : publicUrl.trim().replaceAll("/+$", "");
        this.timeoutMillis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        this.preferences = new PreferenceClient(http);
        this.payments = new PaymentClient(http);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckoutRedirect startCheckout(CheckoutRequest request) {
        MPRequestOptions options = options();
        PreferenceRequest.PreferenceRequestBuilder preference = PreferenceRequest.builder()
                .items(List.of(PreferenceItemRequest.builder()
                        .id(request.linkId())
                        .title(isBlank(request.description()) ? "Pago" : request.description())
                        .description(request.workspaceName())
                        .quantity(1)
                        .unitPrice(unitPrice(request.amount(), request.currency()))
                        .currencyId(request.currency())
                        .build()))
                .externalReference(request.linkId())
                .backUrls(PreferenceBackUrlsRequest.builder()
                        .success(request.returnUrls().success())
                        .failure(request.returnUrls().cancel())
                        .pending(request.returnUrls().pending())
                        .build())
                .autoReturn("approved")
                .metadata(Map.of("payment_link_id", request.linkId()));
        if (!publicUrl.isEmpty()) {
            // source_news=webhooks: Mercado Pago then sends webhooks only, not the older IPN duplicates
            preference.notificationUrl(publicUrl + WEBHOOK_PATH + "?source_news=webhooks");
        }
        Preference created;
        try {
            created = preferences.create(preference.build(), options);
        } catch (MPApiException e) {
            throw new PaymentProviderFailure("Mercado Pago refused the preference (" + e.getStatusCode() + ")", e);
        } catch (MPException e) {
            throw new PaymentProviderFailure("Mercado Pago could not be reached", e);
        }
        String url = !isBlank(created.getInitPoint()) ? created.getInitPoint() : created.getSandboxInitPoint();
        if (isBlank(url)) {
            throw new PaymentProviderFailure("Mercado Pago answered a preference without init_point");
        }
        return new CheckoutRedirect(url, created.getId());
    }

    @Override
    public Optional<ProviderPayment> confirm(WebhookCall call) {
        JsonNode body = body(call);
        String type = first(text(body.path("type")), call.query("type"), call.query("topic"));
        if (!"payment".equals(type)) {
            return Optional.empty();
        }
        String signedId = first(call.query("data.id"), text(body.path("data").path("id")));
        String paymentId = first(signedId, call.query("id"));
        if (!isBlank(settings.webhookSecret())) {
            verifySignature(call, signedId);
        }
        if (paymentId == null || !paymentId.chars().allMatch(Character::isDigit) || paymentId.length() > 18) {
            log.info("A Mercado Pago payment notification without a usable payment id; ignored");
            return Optional.empty();
        }
        Payment payment;
        try {
            payment = payments.get(Long.valueOf(paymentId), options());
        } catch (MPApiException e) {
            if (e.getStatusCode() == 404) {
                log.info("Mercado Pago knows no payment {}; notification ignored", paymentId);
                return Optional.empty();
            }
            throw new PaymentProviderFailure(
                    "Mercado Pago refused to show payment " + paymentId + " (" + e.getStatusCode() + ")", e);
        } catch (MPException e) {
            throw new PaymentProviderFailure("Mercado Pago could not be reached", e);
        }
        if (!"approved".equals(payment.getStatus())) {
            return Optional.empty();
        }
        if (isBlank(payment.getExternalReference())
                || payment.getTransactionAmount() == null
                || isBlank(payment.getCurrencyId())) {
            log.info("Approved Mercado Pago payment {} is not a payment link's; ignored", paymentId);
            return Optional.empty();
        }
        Instant paidAt =
                payment.getDateApproved() != null ? payment.getDateApproved().toInstant() : Instant.now();
        return Optional.of(new ProviderPayment(
                ID,
                String.valueOf(payment.getId() != null ? payment.getId() : Long.valueOf(paymentId)),
                payment.getExternalReference(),
                payment.getTransactionAmount(),
                payment.getCurrencyId().toUpperCase(Locale.ROOT),
                paidAt));
    }

    /**
     * Checks {@code x-signature} against the manifest Mercado Pago signs.
     *
     * @throws ForgedWebhook when the header is missing, malformed or does not match
     */
    private void verifySignature(WebhookCall call, String dataId) {
        String header = call.header("x-signature");
        if (header == null) {
            throw new ForgedWebhook("The x-signature header is missing");
        }
        String ts = null;
        String v1 = null;
        for (String part : header.split(",")) {
            int equals = part.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String key = part.substring(0, equals).trim();
            String value = part.substring(equals + 1).trim();
            if (key.equals("ts")) {
                ts = value;
            } else if (key.equals("v1")) {
                v1 = value;
            }
        }
        if (ts == null || v1 == null) {
            throw new ForgedWebhook("The x-signature header has no ts or v1");
        }
        String expected = sign(
                manifest(dataId, call.header("x-request-id"), ts),
                settings.webhookSecret().trim());
        if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII),
                v1.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            throw new ForgedWebhook("The x-signature does not match");
        }
    }

    /** {@code id:[data.id];request-id:[x-request-id];ts:[ts];}, each part left out when its value is missing. */
    static String manifest(String dataId, String requestId, String ts) {
        StringBuilder manifest = new StringBuilder();
        if (dataId != null) {
            manifest.append("id:").append(dataId.toLowerCase(Locale.ROOT)).append(';');
        }
        if (requestId != null) {
            manifest.append("request-id:").append(requestId).append(';');
        }
        if (ts != null) {
            manifest.append("ts:").append(ts).append(';');
        }
        return manifest.toString();
    }

    /** HMAC-SHA256 of {@code manifest} with {@code secret}, in lower-case hex. */
    static String sign(String manifest, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(manifest.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The access token and timeouts for one request; the SDK's static configuration is never used. */
    private MPRequestOptions options() {
        if (isBlank(settings.accessToken())) {
            throw new PaymentProviderFailure(
                    "Mercado Pago is not configured (Configuración → Pagos or CONVERSA_MERCADOPAGO_ACCESS_TOKEN)");
        }
        return MPRequestOptions.builder()
                .accessToken(settings.accessToken().trim())
                .connectionTimeout(timeoutMillis)
                .connectionRequestTimeout(timeoutMillis)
                .socketTimeout(timeoutMillis)
                .build();
    }

    /**
     * The item's unit price with exactly the currency's decimals (CLP none, MXN two), so the JSON carries {@code 15000}
     * rather than {@code 15000.00}.
     */
    static BigDecimal unitPrice(BigDecimal amount, String currency) {
        int decimals;
        try {
            decimals = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            decimals = 2;
        }
        try {
            return amount.setScale(decimals, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "%s %s has more decimals than the currency allows".formatted(currency, amount.toPlainString()), e);
        }
    }

    private static JsonNode body(WebhookCall call) {
        String text = call.text();
        if (text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            return MissingNode.getInstance();
        }
    }

    /** A JSON string's or number's text; null for anything else or blank. */
    private static String text(JsonNode node) {
        if (node == null || !(node.isString() || node.isIntegralNumber())) {
            return null;
        }
        String value = node.asString();
        return value.isBlank() ? null : value.trim();
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
