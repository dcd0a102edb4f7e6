package io.conversa.receivables;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a CSV file holds, and the columns it may have (named like the JSON fields of the REST API). */
public enum ImportKind {
    CUSTOMERS(List.of("externalRef", "name", "email", "phone", "taxId", "tags")),
    INVOICES(List.of(
            "externalRef",
            "customerId",
            "customerExternalRef",
            "number",
            "issueDate",
            "dueDate",
            "amount",
            "balance",
            "currency",
            "status")),
    PAYMENTS(List.of(
            "externalRef",
            "customerId",
            "customerExternalRef",
            "invoiceExternalRefs",
            "amount",
            "currency",
            "paidAt",
            "method",
            "reference"));

    private final List<String> columns;

    ImportKind(List<String> columns) {
        this.columns = columns;
    }

    public List<String> columns() {
        return columns;
    }

    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ImportKind> fromPath(String path) {
        for (ImportKind kind : values()) {
            if (kind.path().equalsIgnoreCase(path)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
