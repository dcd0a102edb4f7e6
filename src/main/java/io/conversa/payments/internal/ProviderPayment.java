package io.conversa.payments.internal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A payment a provider confirmed.
 *
 * @param provider the provider's {@link PaymentProvider#id()}
 * @param paymentId the provider's payment id (Stripe's {@code pi_…} PaymentIntent, or the session id when there is
 *     none; Mercado Pago's payment id): the key that makes a confirmation count once
 * @param linkId the payment link it pays, as sent at checkout
 * @param amount the amount paid, in the currency's units
 * @param currency the ISO 4217 code, upper case
 * @param paidAt when the provider says the payment was completed
 */
public record ProviderPayment(
        String provider, String paymentId, String linkId, BigDecimal amount, String currency, Instant paidAt) {}
