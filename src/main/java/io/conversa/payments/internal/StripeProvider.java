package io.conversa.payments.internal;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;
import com.stripe.param.checkout.SessionCreateParams;
import io.conversa.payments.PaymentsProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stripe through {@code stripe-java}: a Checkout Session per payment (mode {@code payment}, one line item priced in the
 * link's currency), confirmed by the {@code checkout.session.completed} webhook of a paid session (or {@code
 * checkout.session.async_payment_succeeded}, for payment methods that settle later).
 *
 * <p>The {@link StripeClient} is this instance's own (API key, base URL, timeouts, no network retries): nothing is set
 * on stripe-java's global {@code Stripe} class, so instances with other settings, and tests pointing at a fake, do not
 * interfere. Webhooks are verified with stripe-java's {@link Webhook.Signature} ({@code Stripe-Signature: t=…,v1=…},
 * HMAC-SHA256 of {@code t.payload} with the endpoint's secret, at most 5 minutes old); the verified event is then read
 * as JSON here rather than through stripe-java's models, whose data object is empty when the account's API version
 * differs from the library's.
 */
public class StripeProvider implements PaymentProvider {

    public static final String ID = "stripe";

    /** Stripe's own default: a signature timestamp more than this far from now is refused. */
    static final long TOLERANCE_SECONDS = Webhook.DEFAULT_TOLERANCE;

    static final String LINK_METADATA = "payment_link_id";

    private static final Logger log = LoggerFactory.getLogger(StripeProvider.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PaymentsProperties.Stripe settings;
    private final StripeClient client;

    public StripeProvider(PaymentsProperties.Stripe settings, Duration timeout) {
        this.settings = settings;
        this.client = isBlank(settings.apiKey())
                ? null
                : StripeClient.builder()
                        .setApiKey(settings.apiKey().trim())
                        .setApiBase(isBlank(settings.apiBase()) ? PaymentsProperties.STRIPE_API : settings.apiBase())
                        .setMaxNetworkRetries(0)
                        .setConnectTimeout(millis(timeout))
                        .setReadTimeout(millis(timeout))
                        .build();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckoutRedirect startCheckout(CheckoutRequest request) {
        if (client == null) {
            throw new PaymentProviderFailure(
                    "Stripe is not configured (Configuración → Pagos or CONVERSA_STRIPE_API_KEY)");
        }
        long unitAmount = StripeAmounts.toMinor(request.amount(), request.currency());
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setClientReferenceId(request.linkId())
                .putMetadata(LINK_METADATA, request.linkId())
                .setSuccessUrl(request.returnUrls().success())
                .setCancelUrl(request.returnUrls().cancel())
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(request.currency().toLowerCase(Locale.ROOT))
                                .setUnitAmount(unitAmount)
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName(productName(request))
                                        .build())
                                .build())
                        .build())
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .putMetadata(LINK_METADATA, request.linkId())
                        .setDescription(statement(request))
                        .build())
                .build();
        Session session;
        try {
            session = client.v1().checkout().sessions().create(params);
        } catch (ApiConnectionException e) {
            throw new PaymentProviderFailure("Stripe could not be reached", e);
        } catch (StripeException e) {
            throw new PaymentProviderFailure(refusal(e), e);
        }
        if (isBlank(session.getUrl())) {
            throw new PaymentProviderFailure("Stripe answered a Checkout Session without a URL");
        }
        return new CheckoutRedirect(session.getUrl(), session.getId());
    }

    @Override
    public Optional<ProviderPayment> confirm(WebhookCall call) {
        if (isBlank(settings.webhookSecret())) {
            throw new ForgedWebhook(
                    "No Stripe webhook secret is configured (Configuración → Pagos or CONVERSA_STRIPE_WEBHOOK_SECRET)");
        }
        String signature = call.header("Stripe-Signature");
        if (signature == null) {
            throw new ForgedWebhook("The Stripe-Signature header is missing");
        }
        String payload = call.text();
        try {
            Webhook.Signature.verifyHeader(
                    payload, signature, settings.webhookSecret().trim(), TOLERANCE_SECONDS);
        } catch (SignatureVerificationException e) {
            throw new ForgedWebhook("Stripe signature refused: " + e.getMessage());
        }
        JsonNode event;
        try {
            event = JSON.readTree(payload);
        } catch (JacksonException e) {
            log.warn("A signed Stripe webhook is not JSON; ignored");
            return Optional.empty();
        }
        return paymentOf(event);
    }

    /** The payment a verified event confirms, if it is a paid Checkout Session of a payment link. */
    private Optional<ProviderPayment> paymentOf(JsonNode event) {
        String type = text(event.path("type"));
        JsonNode session = event.path("data").path("object");
        boolean paid = switch (type == null ? "" : type) {
            case "checkout.session.completed", "checkout.session.async_payment_succeeded" ->
                "paid".equals(text(session.path("payment_status")));
            default -> false;
        };
        if (!paid) {
            return Optional.empty();
        }
        String linkId = text(session.path("metadata").path(LINK_METADATA));
        if (linkId == null) {
            linkId = text(session.path("client_reference_id"));
        }
        String currency = text(session.path("currency"));
        JsonNode amountTotal = session.path("amount_total");
        if (linkId == null || currency == null || !amountTotal.canConvertToLong()) {
            log.info("A paid Stripe Checkout Session {} is not a payment link's; ignored", text(session.path("id")));
            return Optional.empty();
        }
        String paymentId = text(session.path("payment_intent"));
        if (paymentId == null) {
            paymentId = text(session.path("id"));
        }
        Instant paidAt = event.path("created").canConvertToLong()
                ? Instant.ofEpochSecond(event.path("created").asLong())
                : Instant.now();
        return Optional.of(new ProviderPayment(
                ID,
                paymentId,
                linkId,
                StripeAmounts.fromMinor(amountTotal.asLong(), currency),
                currency.toUpperCase(Locale.ROOT),
                paidAt));
    }

    private static String productName(CheckoutRequest request) {
        return isBlank(request.description()) ? "Pago" : request.description();
    }

    /** The PaymentIntent's description, seen in Stripe's dashboard: what was paid and to whom. */
    private static String statement(CheckoutRequest request) {
        return isBlank(request.workspaceName())
                ? productName(request)
                : productName(request) + " — " + request.workspaceName();
    }

    /** Stripe's refusal in a few safe words: the HTTP status and Stripe's error code, never the key. */
    private static String refusal(StripeException e) {
        StringBuilder reason = new StringBuilder("Stripe refused the Checkout Session");
        if (e.getStatusCode() != null) {
            reason.append(" (").append(e.getStatusCode());
            if (e.getCode() != null) {
                reason.append(' ').append(e.getCode());
            }
            reason.append(')');
        }
        return reason.toString();
    }

    /** A JSON string's text; null for a missing, null, non-text or blank node. */
    private static String text(JsonNode node) {
        if (node == null || !node.isString()) {
            return null;
        }
        String value = node.asString();
        return value.isBlank() ? null : value;
    }

    private static int millis(Duration timeout) {
        return (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
