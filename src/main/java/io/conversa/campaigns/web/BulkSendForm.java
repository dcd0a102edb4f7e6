package io.conversa.campaigns.web;

import io.conversa.campaigns.Audience;
import java.math.BigDecimal;

/**
 * The form of a new bulk send: name, template ({@code name|language}), where the recipients come from
 * ({@code filters} or {@code csv}), the filters, and an optional local date and time to send at.
 */
record BulkSendForm(
        String name,
        String template,
        String source,
        Integer minDaysOverdue,
        BigDecimal minBalance,
        String tag,
        String country,
        String replied,
        Integer repliedWithinDays,
        String sendAt) {

    static BulkSendForm empty() {
        return new BulkSendForm(null, null, "filters", 30, null, null, null, null, 30, null);
    }

    Audience audience() {
        Boolean wrote = replied == null || replied.isBlank() ? null : Boolean.valueOf(replied);
        return new Audience(
                minDaysOverdue,
                minBalance,
                blankToNull(tag),
                blankToNull(country),
                wrote,
                wrote == null ? null : repliedWithinDays);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
