package io.conversa.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Set;

/**
 * An amount the way collections teams write it in a chat: whole pesos with a dot for thousands ({@code $120.000}),
 * Argentine pesos with cents only when there are some, Mexican pesos and dollars with a comma for thousands and two
 * decimals ({@code $2,850.00}), soles as {@code S/ 1,340.00}, anything else with its ISO code.
 */
public final class ChatMoney {

    private static final Set<String> WHOLE_PESOS = Set.of("CLP", "COP", "PYG");
    private static final Set<String> DOLLAR_SIGN = Set.of("MXN", "USD");

    private ChatMoney() {}

    public static String format(BigDecimal amount, String currency) {
        String code = currency.toUpperCase(Locale.ROOT);
        if (WHOLE_PESOS.contains(code)) {
            return "$" + number(amount.setScale(0, RoundingMode.HALF_UP), 0, '.', ',');
        }
        if ("ARS".equals(code)) {
            boolean cents = amount.remainder(BigDecimal.ONE).signum() != 0;
            return "$" + number(amount, cents ? 2 : 0, '.', ',');
        }
        if (DOLLAR_SIGN.contains(code)) {
            return "$" + number(amount, 2, ',', '.');
        }
        if ("PEN".equals(code)) {
            return "S/ " + number(amount, 2, ',', '.');
        }
        return code + " " + number(amount, 2, ',', '.');
    }

    private static String number(BigDecimal amount, int decimals, char grouping, char decimal) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(grouping);
        symbols.setDecimalSeparator(decimal);
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }
}
