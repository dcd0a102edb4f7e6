package io.conversa.payments.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Set;

/**
 * Amounts in Stripe's minor units, which follow Stripe's own list rather than ISO 4217: CLP is zero-decimal (15000 is
 * $15.000), while COP, MXN and USD have two decimals (1050 is 10,50); BHD, JOD, KWD, OMR and TND have three, with the
 * last digit 0; ISK is sent with two decimals but only in whole krónur.
 */
final class StripeAmounts {

    /** Stripe's zero-decimal currencies (docs.stripe.com/currencies#zero-decimal). */
    static final Set<String> ZERO_DECIMAL = Set.of(
            "BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF",
            "XPF");

    /** Stripe's three-decimal currencies, whose minor amounts must end in 0. */
    static final Set<String> THREE_DECIMAL = Set.of("BHD", "JOD", "KWD", "OMR", "TND");

    private StripeAmounts() {}

    /** How many decimals Stripe's minor unit has for {@code currency}. */
    static int decimals(String currency) {
        String code = currency.toUpperCase(Locale.ROOT);
        if (ZERO_DECIMAL.contains(code)) {
            return 0;
        }
        return THREE_DECIMAL.contains(code) ? 3 : 2;
    }

    /**
     * {@code amount} in Stripe's minor unit.
     *
     * @throws IllegalArgumentException when the amount has more decimals than the currency allows at Stripe (never
     *     rounded: a collections amount is exact)
     */
    static long toMinor(BigDecimal amount, String currency) {
        String code = currency.toUpperCase(Locale.ROOT);
        int decimals = decimals(code);
        if (code.equals("ISK") && amount.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("Stripe takes ISK in whole krónur only: " + amount.toPlainString());
        }
        long minor;
        try {
            minor = amount.movePointRight(decimals)
                    .setScale(0, RoundingMode.UNNECESSARY)
                    .longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "%s %s has more decimals than Stripe allows".formatted(code, amount.toPlainString()), e);
        }
        if (decimals == 3 && minor % 10 != 0) {
            throw new IllegalArgumentException(
                    "Stripe takes %s amounts rounded to the hundredth: %s".formatted(code, amount.toPlainString()));
        }
        return minor;
    }

    /** A minor-unit amount from Stripe back in the currency's units. */
    static BigDecimal fromMinor(long minor, String currency) {
        return BigDecimal.valueOf(minor, decimals(currency));
    }
}
