package io.conversa.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueFormatsTest {

    @ParameterizedTest(name = "{1} {2} in {0} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # the locale's own currency: local symbol, local separators, the currency's decimals
            es-CL | CLP | 45000      | $45.000
            es-CL | CLP | 1234567    | $1.234.567
            es-CL | CLP | 0          | $0
            es-CL | CLP | 45000.50   | $45.001
            es-CL | CLP | -45000     | -$45.000
            es-MX | MXN | 45000      | $45,000.00
            es-MX | MXN | 1234.5     | $1,234.50
            en-US | USD | 45000      | $45,000.00
            en-US | USD | 0.005      | $0.01
            es-PE | PEN | 45000      | S/ 45,000.00
            es-CO | COP | 45000      | $45.000,00
            # another currency: its ISO code, with the reader's separators
            es-CL | USD | 45000      | USD 45.000,00
            es-MX | USD | 45000      | USD 45,000.00
            en-US | CLP | 45000      | CLP 45,000
            en-US | MXN | 45000      | MXN 45,000.00
            # a language without a country has no currency of its own
            es    | CLP | 45000      | CLP 45.000
            """)
    void money(String locale, String currency, String amount, String expected) {
        String text = ValueFormats.money(new BigDecimal(amount), currency, Locale.forLanguageTag(locale));

        assertThat(text).isEqualTo(expected);
        assertThat(text).doesNotContain("\u00A0", "\u202F");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            es-CL | 15-01-2026
            es-MX | 15/01/2026
            es-AR | 15/01/2026
            es    | 15/01/2026
            pt-BR | 15/01/2026
            en-US | 1/15/2026
            en    | 1/15/2026
            en-GB | 15/01/2026
            """)
    void dates(String locale, String expected) {
        assertThat(ValueFormats.date(LocalDate.of(2026, 1, 15), Locale.forLanguageTag(locale)))
                .isEqualTo(expected);
    }

    @Test
    void datesWithoutALocaleAreIso() {
        assertThat(ValueFormats.date(LocalDate.of(2026, 1, 5), null)).isEqualTo("2026-01-05");
        assertThat(ValueFormats.date(LocalDate.of(2026, 1, 5), Locale.forLanguageTag("es-CL")))
                .isEqualTo("05-01-2026");
    }

    @Test
    void counts() {
        assertThat(ValueFormats.count(3)).isEqualTo("3");
    }
}
