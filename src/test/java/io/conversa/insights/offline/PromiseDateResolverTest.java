package io.conversa.insights.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PromiseDateResolverTest {

    /** Resolves the first date named in {@code text} as said on {@code day}. */
    private static LocalDate resolve(String text, String day) {
        var mentions = PromiseDateResolver.find(TextNormalizer.words(text), LocalDate.parse(day));
        return mentions.isEmpty()
                ? null
                : PromiseDateResolver.preferNamedDays(mentions).get(0).date();
    }

    @ParameterizedTest(name = "\"{0}\" said on {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            mañana te pago                  | 2026-01-31 | 2026-02-01
            manana sin falta                | 2026-12-31 | 2027-01-01
            pasado mañana                   | 2026-02-27 | 2026-03-01
            el viernes                      | 2026-04-28 | 2026-05-01
            el viernes                      | 2026-03-13 | 2026-03-20
            el lunes                        | 2026-08-30 | 2026-08-31
            el sábado                       | 2026-10-30 | 2026-10-31
            el miercoles                    | 2026-09-30 | 2026-10-07
            el 15                           | 2026-06-03 | 2026-06-15
            el 15                           | 2026-03-20 | 2026-04-15
            el 31                           | 2026-02-10 | 2026-02-28
            el dia 5                        | 2026-12-20 | 2027-01-05
            el 5 de marzo                   | 2026-02-20 | 2026-03-05
            el 10/06                        | 2026-06-02 | 2026-06-10
            a fin de mes                    | 2026-02-09 | 2026-02-28
            a fin de mes                    | 2028-02-09 | 2028-02-29
            a finales del mes               | 2026-04-01 | 2026-04-30
            en la quincena                  | 2026-02-09 | 2026-02-15
            en la quincena                  | 2026-03-20 | 2026-03-31
            la quincena                     | 2026-03-15 | 2026-03-15
            la próxima semana               | 2026-03-05 | 2026-03-09
            la semana que viene             | 2026-12-29 | 2027-01-04
            el viernes de la proxima semana | 2026-03-03 | 2026-03-13
            hoy en la tarde                 | 2026-05-05 | 2026-05-05
            al toque te yapeo               | 2026-01-09 | 2026-01-09
            tomorrow                        | 2026-03-04 | 2026-03-05
            on Friday                       | 2026-09-23 | 2026-09-25
            next week                       | 2026-02-12 | 2026-02-16
            by the end of the month         | 2026-02-10 | 2026-02-28
            on the 15th                     | 2026-10-20 | 2026-11-15
            on March 3rd                    | 2026-02-20 | 2026-03-03
            """)
    void resolvesFromTheDayOfTheMessage(String text, String day, String expected) {
        assertThat(resolve(text, day)).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void theMorningIsNotTomorrow() {
        assertThat(resolve("me llamaron a las 3 de la mañana", "2026-04-21")).isNull();
        assertThat(resolve("por la mañana", "2026-04-21")).isNull();
    }

    @Test
    void amountsAndCountsAreNotDays() {
        assertThat(resolve("te pago los 180", "2026-01-09")).isNull();
        assertThat(resolve("50 lucas", "2026-01-09")).isNull();
    }

    @Test
    void aNamedDayWinsOverNowWords() {
        assertThat(resolve("el 5 me pagan y ese mismo dia le deposito altiro", "2026-02-24"))
                .isEqualTo(LocalDate.parse("2026-03-05"));
    }

    @Test
    void quincenaIsTheFifteenthOrTheLastDayWhicheverComesNext() {
        assertThat(PromiseDateResolver.nextMidMonthPayday(LocalDate.parse("2026-02-16")))
                .isEqualTo(LocalDate.parse("2026-02-28"));
        assertThat(PromiseDateResolver.nextMidMonthPayday(LocalDate.parse("2026-01-01")))
                .isEqualTo(LocalDate.parse("2026-01-15"));
    }
}
