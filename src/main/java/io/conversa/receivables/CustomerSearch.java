package io.conversa.receivables;

import java.math.BigDecimal;

/**
 * Filters of the customer list: free text over name, e-mail, phone, tax id and reference; an overdue aging bucket
 * (by the customer's oldest unpaid invoice), a minimum balance and a tag. Null means "any".
 */
public record CustomerSearch(String query, AgingBucket overdue, BigDecimal minBalance, String tag) {

    public static CustomerSearch all() {
        return new CustomerSearch(null, null, null, null);
    }
}
