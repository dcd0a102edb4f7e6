package io.conversa.receivables.internal;

import io.conversa.core.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/** Currency codes and amounts checked against the currency's minor units (CLP has none, MXN two). */
public final class Amounts {

    private Amounts() {}

    public static String currency(String code, String fallback, String field) {
        String value = code == null || code.isBlank() ? fallback : code.trim().toUpperCase(Locale.ROOT);
        try {
            Currency.getInstance(value);
            return value;
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(field, "error.currency", "Unknown currency " + value, value);
        }
    }

    public static BigDecimal scaled(BigDecimal amount, String currency, String field) {
        int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        try {
            return amount.setScale(digits, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw DomainException.invalid(
                    field, "error.decimals", currency + " takes at most " + digits + " decimals", currency, digits);
        }
    }

    /** An amount read from the database, shown with the currency's decimals. */
    public static BigDecimal display(BigDecimal amount, String currency) {
        int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        return amount.setScale(digits, RoundingMode.HALF_EVEN);
    }
}
