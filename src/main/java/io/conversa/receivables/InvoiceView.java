package io.conversa.receivables;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An invoice with its days overdue, counted in the workspace's time zone (0 when not yet due or settled). */
public record InvoiceView(
        UUID id,
        String externalRef,
        UUID customerId,
        String number,
        LocalDate issueDate,
        LocalDate dueDate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balance,
        String currency,
        String status,
        int overdueDays) {

    public boolean overdue() {
        return overdueDays > 0;
    }

    /** The aging bucket the collections team talks in: current, 1-30, 31-60, 61-90, 90+. */
    public String agingBucket() {
        return AgingBucket.of(overdueDays).code();
    }
}
