package io.conversa.receivables.internal;

import io.conversa.core.DomainException;
import io.conversa.receivables.CustomerInput;
import io.conversa.receivables.InvoiceInput;
import io.conversa.receivables.PaymentInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a CSV row into the same input records the REST API takes, so both paths share one validation. Lists
 * (tags, invoiceExternalRefs) are separated by {@code |} or {@code ;}; dates are ISO ({@code 2026-11-24}) or
 * day first ({@code 24/11/2026}); amounts use a dot for decimals.
 */
public final class CsvInputs {

    private static final DateTimeFormatter DAY_FIRST =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private CsvInputs() {}

    public static CustomerInput customer(Map<String, String> row) {
        return new CustomerInput(
                text(row, "externalRef"),
                text(row, "name"),
                text(row, "email"),
                text(row, "phone"),
                text(row, "taxId"),
                list(row, "tags"));
    }

    public static InvoiceInput invoice(Map<String, String> row) {
        return new InvoiceInput(
                text(row, "externalRef"),
                uuid(row, "customerId"),
                text(row, "customerExternalRef"),
                text(row, "number"),
                date(row, "issueDate"),
                date(row, "dueDate"),
                amount(row, "amount"),
                amount(row, "balance"),
                text(row, "currency"),
                text(row, "status"));
    }

    public static PaymentInput payment(Map<String, String> row) {
        return new PaymentInput(
                text(row, "externalRef"),
                uuid(row, "customerId"),
                text(row, "customerExternalRef"),
                list(row, "invoiceExternalRefs"),
                amount(row, "amount"),
                text(row, "currency"),
                date(row, "paidAt"),
                text(row, "method"),
                text(row, "reference"));
    }

    /** Null when the column is absent (keep what is stored), empty when present but blank (clear it). */
    private static String text(Map<String, String> row, String column) {
        return row.get(column);
    }

    private static List<String> list(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        return Arrays.stream(value.split("[|;]"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static UUID uuid(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(column, "error.uuid", "Not an id: " + value, value);
        }
    }

    private static LocalDate date(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value.trim(), DAY_FIRST) : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(column, "error.date", "Not a date (2026-11-24): " + value, value);
        }
    }

    private static BigDecimal amount(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(column, "error.amount", "Not an amount (1500.50): " + value, value);
        }
    }
}
