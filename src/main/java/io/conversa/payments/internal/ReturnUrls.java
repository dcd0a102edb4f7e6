package io.conversa.payments.internal;

/**
 * Where a provider sends the payer back: all under the app's public base URL and {@code /pay/{token}}, so the checkout
 * page shows the link's state when the payer returns.
 *
 * @param success after a completed payment
 * @param cancel after the payer gave up or the payment failed (Mercado Pago's {@code failure})
 * @param pending after a payment that is not settled yet (cash or bank transfer at Mercado Pago)
 */
public record ReturnUrls(String success, String cancel, String pending) {}
