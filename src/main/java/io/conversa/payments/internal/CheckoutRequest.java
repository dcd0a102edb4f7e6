package io.conversa.payments.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * What a provider needs to open a checkout for one payment link.
 *
 * @param linkId the payment link's id: it comes back in the webhook (Stripe's {@code metadata.payment_link_id} and
 *     {@code client_reference_id}, Mercado Pago's {@code external_reference})
 * @param linkToken the link's public token (the {@code /pay/{token}} path)
 * @param amount the amount to pay, in the currency's units (not cents)
 * @param currency the ISO 4217 code, e.g. {@code CLP}, {@code MXN}, {@code USD}
 * @param description what the payer sees, e.g. "Facturas F-1023, F-1024"
 * @param returnUrls where the provider sends the payer back
 * @param workspaceName the collecting company's name, shown next to the description
 */
public record CheckoutRequest(
        String linkId,
        String linkToken,
        BigDecimal amount,
        String currency,
        String description,
        ReturnUrls returnUrls,
        String workspaceName) {

    public CheckoutRequest {
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(returnUrls, "returnUrls");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("A checkout needs a positive amount");
        }
        currency = currency.trim().toUpperCase(Locale.ROOT);
    }
}
