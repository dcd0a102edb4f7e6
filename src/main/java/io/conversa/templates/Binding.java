package io.conversa.templates;

import java.util.Arrays;
import java.util.Optional;

/** The data a template variable can be bound to. */
public enum Binding {
    CUSTOMER_NAME("customer.name"),
    BALANCE("customer.balance"),
    OLDEST_INVOICE_NUMBER("invoice.number"),
    OLDEST_INVOICE_AMOUNT("invoice.amount"),
    OLDEST_INVOICE_DUE_DATE("invoice.dueDate"),
    OVERDUE_INVOICES("invoices.overdueCount"),
    PAYMENT_LINK("payment.link");

    private final String key;

    Binding(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Binding> fromKey(String key) {
        return Arrays.stream(values()).filter(b -> b.key.equals(key)).findFirst();
    }
}
