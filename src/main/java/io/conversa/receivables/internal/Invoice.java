package io.conversa.receivables.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An invoice and what is still owed on it ({@code balance}). */
@Table("invoice")
public record Invoice(
        @Id UUID id,
        UUID workspaceId,
        UUID customerId,
        String externalRef,
        String number,
        LocalDate issueDate,
        LocalDate dueDate,
        BigDecimal amount,
        BigDecimal balance,
        String currency,
        String status,
        Instant createdAt,
        Instant updatedAt,
        @Version Integer version) {

    public static final String OPEN = "open";
    public static final String PAID = "paid";
    public static final String VOID = "void";

    /** This invoice after {@code paid} more of it was paid (negative to undo a payment). */
    public Invoice pay(BigDecimal paid, Instant now) {
        BigDecimal newBalance = balance.subtract(paid).max(BigDecimal.ZERO).min(amount);
        String newStatus = VOID.equals(status) ? VOID : newBalance.signum() == 0 ? PAID : OPEN;
        return new Invoice(
                id,
                workspaceId,
                customerId,
                externalRef,
                number,
                issueDate,
                dueDate,
                amount,
                newBalance,
                currency,
                newStatus,
                createdAt,
                now,
                version);
    }
}
