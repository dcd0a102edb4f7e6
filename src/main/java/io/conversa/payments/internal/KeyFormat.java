package io.conversa.payments.internal;

import io.conversa.core.FieldProblem;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of each provider key typed in Configuración → Pagos, checked when saving so that a publishable key, a
 * secret pasted in the wrong field or a stray space is caught there and not at a payer's checkout.
 */
public enum KeyFormat {
    /** Stripe's secret ({@code sk_live_…}, {@code sk_test_…}) or restricted ({@code rk_…}) key, never {@code pk_…}. */
    STRIPE_API_KEY("stripeApiKey", "(sk|rk)_\\S{8,250}", "A Stripe secret key starts with sk_ or rk_"),
    /** The signing secret of a Stripe webhook endpoint. */
    STRIPE_WEBHOOK_SECRET("stripeWebhookSecret", "whsec_\\S{8,250}", "A Stripe webhook secret starts with whsec_"),
    /** A Mercado Pago access token, production ({@code APP_USR-…}) or test ({@code TEST-…}). */
    MERCADOPAGO_ACCESS_TOKEN(
            "mercadoPagoAccessToken",
            "(APP_USR|TEST)-\\S{8,300}",
            "A Mercado Pago access token starts with APP_USR- or TEST-"),
    /** The secret signature of a Mercado Pago application's webhooks. */
    MERCADOPAGO_WEBHOOK_SECRET(
            "mercadoPagoWebhookSecret",
            "\\S{8,300}",
            "A Mercado Pago webhook secret has no spaces and 8 characters or more");

    private final String field;
    private final Pattern pattern;
    private final String fallback;

    KeyFormat(String field, String pattern, String fallback) {
        this.field = field;
        this.pattern = Pattern.compile(pattern);
        this.fallback = fallback;
    }

    /** The form field (and the message key's last part: {@code paymentSettings.error.<field>}). */
    public String field() {
        return field;
    }

    /** The problem with a typed key (already stripped); empty when it has the right shape. */
    public Optional<FieldProblem> check(String typed) {
        return pattern.matcher(typed).matches()
                ? Optional.empty()
                : Optional.of(new FieldProblem(field, "paymentSettings.error." + field, fallback, List.of()));
    }

    /** The problem of a provider chosen without this key in force. */
    public FieldProblem missing() {
        return new FieldProblem(
                field, "paymentSettings.error." + field + ".missing", "The chosen provider needs " + field, List.of());
    }
}
