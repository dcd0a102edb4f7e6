package io.conversa.receivables;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A line of the customer list: who, how to reach them, what they owe and how late. */
public record CustomerRow(
        UUID id,
        String externalRef,
        String name,
        String email,
        String phone,
        List<String> tags,
        BigDecimal balance,
        String currency,
        int openInvoices,
        int maxOverdueDays) {

    public String agingBucket() {
        return AgingBucket.of(maxOverdueDays).code();
    }
}
