package io.conversa.identity;

import io.conversa.core.WorkspaceId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.relational.core.mapping.Table;

/** A tenant: one business and its collections team, with the country, zone, currency and language it works in. */
@Table("workspace")
public record Workspace(
        @Id UUID id,
        String name,
        String defaultCountry,
        String timeZone,
        String currency,
        String locale,
        Instant createdAt) {

    @Transient
    public WorkspaceId workspaceId() {
        return new WorkspaceId(id);
    }

    @Transient
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    @Transient
    public Currency currencyUnit() {
        return Currency.getInstance(currency);
    }

    @Transient
    public Locale displayLocale() {
        return Locale.forLanguageTag(locale);
    }
}
