package io.conversa.campaigns;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * Customers chosen by their receivables data; every filter is optional and they all apply. {@code country} is the
 * ISO code of the phone's country (CL, MX, …); {@code replied} with {@code repliedWithinDays}: only those who wrote
 * (true) or did not write (false) in that many days.
 */
public record Audience(
        @PositiveOrZero @Max(36_500) Integer minDaysOverdue,
        @PositiveOrZero BigDecimal minBalance,
        @Size(max = 60) String tag,

        @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter country code")
        String country,

        Boolean replied,
        @Min(1) @Max(365) Integer repliedWithinDays) {

    public static Audience everyone() {
        return new Audience(null, null, null, null, null, null);
    }
}
