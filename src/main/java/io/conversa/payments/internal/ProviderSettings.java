package io.conversa.payments.internal;

import io.conversa.payments.PaymentsProperties;
import io.conversa.payments.PaymentsProperties.Provider;
import java.util.Optional;

/**
 * The payment settings in force for a workspace. Each provider's keys go together: a workspace that saved any of a
 * provider's keys in Configuración → Pagos uses its own (a key it left out is missing), otherwise the server's
 * ({@code conversa.payments.*}); the API bases are always the server's.
 *
 * @param provider where "Pagar" sends the workspace's payers
 * @param ownProvider whether the workspace chose it (else {@code CONVERSA_PAYMENTS_PROVIDER})
 * @param stripe the Stripe keys in force, blank ones as null
 * @param ownStripe whether they are the workspace's own
 * @param mercadoPago the Mercado Pago keys in force, blank ones as null
 * @param ownMercadoPago whether they are the workspace's own
 */
public record ProviderSettings(
        Provider provider,
        boolean ownProvider,
        PaymentsProperties.Stripe stripe,
        boolean ownStripe,
        PaymentsProperties.MercadoPago mercadoPago,
        boolean ownMercadoPago) {

    /**
     * The account this workspace's {@code providerId} webhooks are checked with; empty when it can check none (Stripe
     * without a signing secret, Mercado Pago without an access token to fetch the payment with).
     */
    public Optional<WebhookAccount> webhookAccount(String providerId) {
        if (StripeProvider.ID.equals(providerId)) {
            return Optional.ofNullable(stripe.webhookSecret()).map(secret -> new WebhookAccount(null, secret));
        }
        return Optional.ofNullable(mercadoPago.accessToken())
                .map(token -> new WebhookAccount(token, mercadoPago.webhookSecret()));
    }

    @Override
    public String toString() {
        return "ProviderSettings[provider=" + provider + ", ownProvider=" + ownProvider + ", ownStripe=" + ownStripe
                + ", ownMercadoPago=" + ownMercadoPago + "]";
    }
}
