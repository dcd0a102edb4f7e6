package io.conversa.receivables;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A payment and the invoices it was applied to. */
public record PaymentView(
        UUID id,
        String externalRef,
        UUID customerId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String currency,
        LocalDate paidAt,
        String method,
        String reference,
        List<UUID> invoiceIds) {}
