package io.conversa.insights.offline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Amounts and dates as the collections team writes them in chat: Chilean and Colombian pesos whole with a dot for
 * thousands ({@code $120.000}), Argentine pesos the same with cents only when there are some ({@code $68.400}), Mexican
 * pesos and dollars with a comma for thousands and two decimals ({@code $2,850.00}), soles as {@code S/ 1,340.00},
 * anything else with its ISO code. Dates day first in Spanish ({@code 15/03}), month name first in English
 * ({@code Mar 15}).
 */
final class MoneyFormat {

    private static final DateTimeFormatter SPANISH_DAY = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private MoneyFormat() {}

    static String day(LocalDate date, String language) {
        return ("en".equals(language) ? ENGLISH_DAY : SPANISH_DAY).format(date);
    }
}
