package io.conversa.web;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.conversa.identity.UserPrincipal;
import io.conversa.identity.Workspace;
import io.conversa.identity.Workspaces;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Money, dates and times in the signed-in workspace's currency conventions, locale and time zone; templates call
 * it as {@code ${@formats.money(amount, currency)}}.
 */
@Component("formats")
public class Formats {

    private final Workspaces workspaces;
    private final MessageSource messages;
    private final Clock clock;

    Formats(Workspaces workspaces, MessageSource messages, Clock clock) {
        this.workspaces = workspaces;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * A WhatsApp id (the number's digits with its country code) as people read it: {@code 56987654321} →
     * {@code +56 9 8765 4321}; digits libphonenumber cannot read are shown as {@code +digits}.
     */
    public String phone(String waId) {
        if (waId == null || waId.isBlank()) {
            return "";
        }
        try {
            PhoneNumberUtil util = PhoneNumberUtil.getInstance();
            return util.format(util.parse("+" + waId, null), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return "+" + waId;
        }
    }

    /** A contact as shown: the name WhatsApp gave, else the number as people read it, else the WhatsApp user id. */
    public String contact(String name, String waId, String userId) {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return waId != null && !waId.isBlank() ? phone(waId) : userId;
    }

    /** A list's time stamp: the time today, "ayer", the weekday within a week, else the date. */
    public String shortTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZoneId zone = workspace().zone();
        LocalDate day = instant.atZone(zone).toLocalDate();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (day.equals(today)) {
            return time(instant);
        }
        if (day.equals(today.minusDays(1))) {
            return messages.getMessage("time.yesterday", null, "ayer", uiLocale());
        }
        String pattern =
                day.isAfter(today.minusDays(7)) ? "EEEE" : (day.getYear() == today.getYear() ? "d MMM" : "d MMM yyyy");
        return DateTimeFormatter.ofPattern(pattern, uiLocale()).format(day);
    }

    /** The time of day, 24-hour, in the workspace's zone. */
    public String time(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("HH:mm")
                        .withZone(workspace().zone())
                        .format(instant);
    }

    /** A thread's date separator: "Hoy", "Ayer", or the full date. */
    public String day(LocalDate day) {
        LocalDate today = LocalDate.now(clock.withZone(workspace().zone()));
        if (day.equals(today)) {
            return messages.getMessage("time.today", null, "Hoy", uiLocale());
        }
        if (day.equals(today.minusDays(1))) {
            return messages.getMessage("time.yesterday.title", null, "Ayer", uiLocale());
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(uiLocale())
                .format(day);
    }

    /** A duration as "5 h 12 min" or "40 min". */
    public String duration(Duration duration) {
        if (duration == null) {
            return "";
        }
        long minutes = Math.max(1, duration.toMinutes());
        return minutes < 60 ? minutes + " min" : (minutes / 60) + " h " + (minutes % 60) + " min";
    }

    private static Locale uiLocale() {
        return LocaleContextHolder.getLocale();
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
