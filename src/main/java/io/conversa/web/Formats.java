package io.conversa.web;

import io.conversa.identity.UserPrincipal;
import io.conversa.identity.Workspace;
import io.conversa.identity.Workspaces;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Money, dates and times in the signed-in workspace's currency conventions, locale and time zone; templates call
 * it as {@code ${@formats.money(amount, currency)}}.
 */
@Component("formats")
public class Formats {

    private final Workspaces workspaces;

    Formats(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        Currency unit = Currency.getInstance(currency);
        format.setCurrency(unit);
        int digits = Math.max(unit.getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        String text = format.format(amount);
        return currency.equals(workspace().currency()) ? text : text + " " + currency;
    }

    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale())
                        .format(date);
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale())
                .withZone(workspace().zone())
                .format(instant);
    }

    private Locale locale() {
        Workspace workspace = workspace();
        return new Locale.Builder()
                .setLanguage(Locale.forLanguageTag(workspace.locale()).getLanguage())
                .setRegion(workspace.defaultCountry())
                .build();
    }

    private Workspace workspace() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof UserPrincipal p) {
            return workspaces.get(p.currentUser().workspaceId());
        }
        return workspaces.primary();
    }
}
