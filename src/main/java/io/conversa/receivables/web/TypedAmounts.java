package io.conversa.receivables.web;

import java.math.BigDecimal;

/**
 * Reads an amount as people in Latin America type it in a filter: {@code 1.500.000}, {@code 1500000},
 * {@code 1.500,50} or {@code 1500.50}.
 */
final class TypedAmounts {

    private TypedAmounts() {}

    static BigDecimal parse(String typed) {
        String value = typed.trim().replace(" ", "").replace("$", "");
        if (value.contains(",")) {
            value = value.replace(".", "").replace(',', '.');
        } else if (value.chars().filter(c -> c == '.').count() > 1 || value.matches("\\d{1,3}\\.\\d{3}")) {
            value = value.replace(".", "");
        }
        return new BigDecimal(value);
    }
}
