package io.conversa.payments;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code conversa.payments.*}: which provider takes the payments of payment links, and the providers' credentials.
 * Every key may be empty: a provider without its keys refuses to start a checkout and rejects its webhooks, and the
 * application starts all the same.
 *
 * @param provider the provider the checkout page sends payers to ({@code CONVERSA_PAYMENTS_PROVIDER}: {@code sandbox},
 *     {@code stripe} or {@code mercadopago})
 * @param timeout how long one call to a provider's API may take
 * @param stripe Stripe's settings
 * @param mercadopago Mercado Pago's settings
 */
@ConfigurationProperties("conversa.payments")
public record PaymentsProperties(
        @DefaultValue("sandbox") Provider provider,
        @DefaultValue("20s") Duration timeout,
        @DefaultValue Stripe stripe,
        @DefaultValue MercadoPago mercadopago) {

    /** The payment providers a workspace can use. */
    public enum Provider {
        /** The built-in checkout that simulates the payment; no money moves. */
        SANDBOX,
        STRIPE,
        MERCADOPAGO
    }

    /**
     * Stripe.
     *
     * @param apiKey the secret API key ({@code CONVERSA_STRIPE_API_KEY}, {@code sk_live_…} or {@code sk_test_…})
     * @param webhookSecret the signing secret of the webhook endpoint ({@code CONVERSA_STRIPE_WEBHOOK_SECRET},
     *     {@code whsec_…})
     * @param apiBase the API's base URL ({@code CONVERSA_STRIPE_API_BASE}); tests point it at a fake
     */
    public record Stripe(
            String apiKey,
            String webhookSecret,
            @DefaultValue(STRIPE_API) String apiBase) {}

    /**
     * Mercado Pago.
     *
     * @param accessToken the seller's access token ({@code CONVERSA_MERCADOPAGO_ACCESS_TOKEN}, {@code APP_USR-…})
     * @param webhookSecret the secret signature of the application's webhooks ({@code
     *     CONVERSA_MERCADOPAGO_WEBHOOK_SECRET}); when set, notifications must carry a valid {@code x-signature}
     * @param apiBase the API's base URL ({@code CONVERSA_MERCADOPAGO_API_BASE}); tests point it at a fake
     */
    public record MercadoPago(
            String accessToken,
            String webhookSecret,
            @DefaultValue(MERCADOPAGO_API) String apiBase) {}

    public static final String STRIPE_API = "https://api.stripe.com";
    public static final String MERCADOPAGO_API = "https://api.mercadopago.com";
}
