package io.conversa.payments;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A payment link: the amount to pay over some of a customer's invoices, its public {@code url} (the checkout page,
 * reached by an unguessable token), {@code status} ({@code open}, {@code paid} or {@code expired}) and expiry.
 */
public record PaymentLinkView(
        UUID id,
        UUID customerId,
        UUID conversationId,
        String url,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String currency,
        String status,
        List<LinkedInvoice> invoices,
        String provider,
        Instant expiresAt,
        Instant createdAt,
        Instant paidAt) {

    /** An invoice the link pays, with what was owed on it when the link was made. */
    public record LinkedInvoice(
            UUID invoiceId,
            String number,
            LocalDate dueDate,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balance) {}

    public boolean open() {
        return "open".equals(status);
    }

    /** What the linked invoices owed in all (the link's amount is this, or less for a partial payment). */
    public BigDecimal invoicesTotal() {
        return invoices.stream().map(LinkedInvoice::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
