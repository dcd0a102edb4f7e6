package io.conversa.payments.internal;

import java.util.Optional;

/**
 * A payment provider behind the checkout page: it takes the payer from {@code /pay/{token}} to its own checkout and
 * later tells, through a webhook, that the payment went through. Implementations keep no per-request state and never
 * retry a call: a failed call is one {@link PaymentProviderFailure} and the payer may press "Pagar" again.
 */
public interface PaymentProvider {

    /** {@code stripe}, {@code mercadopago} (or {@code sandbox}): the name in settings and in recorded payments. */
    String id();

    /**
     * Opens a checkout at the provider for one payment link.
     *
     * @return where to send the payer, and the provider's id of that checkout
     * @throws PaymentProviderFailure when the provider is not configured, unreachable or refuses the request
     * @throws IllegalArgumentException when the amount does not fit the currency (e.g. decimals in CLP)
     */
    CheckoutRedirect startCheckout(CheckoutRequest request);

    /**
     * Verifies one webhook call and answers the payment it confirms.
     *
     * @return the confirmed payment, or empty when the call is genuine but confirms nothing (another event, a payment
     *     not completed, pending or rejected, a checkout that is not a payment link's)
     * @throws ForgedWebhook when the call cannot be shown to come from the provider (signature missing, invalid or
     *     too old; no secret configured to check it): the caller answers 400 and records nothing
     * @throws PaymentProviderFailure when the provider had to be asked and could not answer (the provider retries the
     *     webhook later)
     */
    Optional<ProviderPayment> confirm(WebhookCall call);
}
