package io.conversa.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * Money and dates as a customer reads them in a template or a chat message, for the workspace's locale. One place,
 * on purpose: what a reminder says about an amount or a due date must not depend on which screen filled it.
 *
 * <ul>
 *   <li>Money in the locale's own currency: its local symbol, the locale's separators and the currency's decimals:
 *       es-CL CLP {@code $45.000}, es-MX MXN {@code $45,000.00}, en-US USD {@code $45,000.00}, es-PE PEN
 *       {@code S/ 45,000.00} (a space after a symbol longer than one character).
 *   <li>Any other currency: its ISO code and a space, still with the reader's separators: es-CL USD
 *       {@code USD 45.000,00}, en-US CLP {@code CLP 45,000}. {@code $} alone would be read as the local peso.
 *   <li>Dates: day first for Spanish and Portuguese readers, with hyphens in Chile ({@code 15-01-2026}) and slashes
 *       elsewhere ({@code 15/01/2026}); month first for US English ({@code 1/15/2026}); ISO ({@code 2026-01-15})
 *       without a locale.
 * </ul>
 *
 * Output is plain ASCII spacing (no non-breaking spaces), as WhatsApp template parameters require.
 */
public final class ValueFormats {

    private static final DateTimeFormatter CHILE = DateTimeFormatter.ofPattern("dd-MM-uuuu");
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter MONTH_FIRST = DateTimeFormatter.ofPattern("M/d/uuuu");

    private ValueFormats() {}

    /** {@code amount} in {@code currency} (ISO 4217) for a reader in {@code locale}; rounded half up. */
    public static String money(BigDecimal amount, String currency, Locale locale) {
        Currency unit = Currency.getInstance(currency);
        Locale reader = locale == null ? Locale.ROOT : locale;
        int digits = Math.max(unit.getDefaultFractionDigits(), 0);
        String number = number(amount.abs().setScale(digits, RoundingMode.HALF_UP), digits, reader);
        String sign = amount.setScale(digits, RoundingMode.HALF_UP).signum() < 0 ? "-" : "";
        String symbol = unit.equals(localCurrency(reader)) ? unit.getSymbol(reader) : unit.getCurrencyCode();
        String separator = symbol.codePointCount(0, symbol.length()) == 1 ? "" : " ";
        return sign + symbol + separator + number;
    }

    /** {@code date} as written in {@code locale}: dd-MM-yyyy in Chile, M/d/yyyy in the US, dd/MM/yyyy elsewhere. */
    public static String date(LocalDate date, Locale locale) {
        return formatter(locale).format(date);
    }

    /** A count, as digits. */
    public static String count(int count) {
        return Integer.toString(count);
    }

    private static DateTimeFormatter formatter(Locale locale) {
        if (locale == null || locale.getLanguage().isEmpty()) {
            return DateTimeFormatter.ISO_LOCAL_DATE;
        }
        if ("CL".equals(locale.getCountry())) {
            return CHILE;
        }
        if ("en".equals(locale.getLanguage()) && (locale.getCountry().isEmpty() || "US".equals(locale.getCountry()))) {
            return MONTH_FIRST;
        }
        return DAY_FIRST;
    }

    private static String number(BigDecimal amount, int digits, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        symbols.setGroupingSeparator(plain(symbols.getGroupingSeparator()));
        symbols.setDecimalSeparator(plain(symbols.getDecimalSeparator()));
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits), symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    private static char plain(char separator) {
        return Character.isSpaceChar(separator) ? ' ' : separator;
    }

    private static Currency localCurrency(Locale locale) {
        if (locale.getCountry().isEmpty()) {
            return null;
        }
        try {
            return Currency.getInstance(locale);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
