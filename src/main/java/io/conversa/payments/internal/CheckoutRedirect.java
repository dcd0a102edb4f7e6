package io.conversa.payments.internal;

/**
 * Where to send the payer to pay.
 *
 * @param url the provider's checkout page (Stripe's session {@code url}, Mercado Pago's {@code init_point})
 * @param providerReference the provider's id of that checkout (Stripe's {@code cs_…} session id, Mercado Pago's
 *     preference id)
 */
public record CheckoutRedirect(String url, String providerReference) {}
