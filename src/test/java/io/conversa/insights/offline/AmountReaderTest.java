package io.conversa.insights.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.conversa.insights.offline.ConversationInput.Invoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountReaderTest {

    private static BigDecimal amount(String text) {
        Analysis.PromiseToPay promise = Chat.at("2026-03-10T15:00:00-03:00")
                .invoices(
                        new Invoice("F-1023", new BigDecimal("120000"), LocalDate.of(2026, 2, 1)),
                        new Invoice("F-1024", new BigDecimal("80000"), LocalDate.of(2026, 3, 1)))
                .customer(text)
                .analyze()
                .promise();
        assertThat(promise).as("a promise in \"%s\"", text).isNotNull();
        return promise.amount();
    }

    @ParameterizedTest(name = "\"{0}\" promises {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            el viernes te deposito 50 lucas                | 50000
            el viernes le consigno los 350 mil             | 350000
            el viernes le transfiero $120.000              | 120000
            mañana te pago los 7,820                       | 7820
            el 20 cancelo los 850                          | 850
            el viernes te transfiero la mitad              | 100000
            el viernes le pago la factura completa F-1023  | 120000
            el viernes les pago todo                       | 200000
            el viernes le pago la cuota                    | 120000
            I'll pay the full amount tomorrow              | 200000
            I'll pay half on Friday                        | 100000
            el viernes le deposito lo que pueda            | none
            el 30 consigno una parte                       | none
            el viernes le pago                             | none
            """)
    void readsTheAmount(String text, String expected) {
        BigDecimal amount = amount(text);
        if (expected == null) {
            assertThat(amount).isNull();
        } else {
            assertThat(amount).isEqualByComparingTo(expected);
        }
    }
}
