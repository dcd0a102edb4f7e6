package io.conversa.templates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * What bound variables are filled with, and how values are written for the workspace ({@code locale}, e.g.
 * es-CL, es-MX, en-US; amounts in {@code currency}). Null fields are data the customer does not have.
 */
public record BindingData(
        String customerName,
        BigDecimal balance,
        String oldestInvoiceNumber,
        BigDecimal oldestInvoiceAmount,
        LocalDate oldestInvoiceDueDate,
        int overdueInvoices,
        String currency,
        Locale locale,
        ZoneId zone,
        Map<String, String> extra) {

    public BindingData {
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }
}
