package io.conversa.receivables.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** Money received from a customer, and the invoices it was applied to. */
@Table("payment")
public record Payment(
        @Id UUID id,
        UUID workspaceId,
        UUID customerId,
        String externalRef,
        BigDecimal amount,
        String currency,
        LocalDate paidAt,
        String method,
        String reference,
        @MappedCollection(idColumn = "payment_id") Set<PaymentApplication> applications,
        Instant createdAt,
        Instant updatedAt,
        @Version Integer version) {}
