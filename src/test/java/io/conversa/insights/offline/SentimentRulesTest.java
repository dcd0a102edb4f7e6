package io.conversa.insights.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.conversa.insights.offline.Analysis.Sentiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentimentRulesTest {

    private static Sentiment sentimentOf(String... customerMessages) {
        Chat chat = Chat.at("2026-03-10T15:00:00-03:00").agent("Hola, la factura F-1023 por $120.000 está vencida.");
        for (String text : customerMessages) {
            chat.customer(text);
        }
        return chat.analyze().sentiment();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            mil gracias por avisar, el viernes le pago 🙏                   | POSITIVE
            Thanks so much, I'll pay tomorrow                               | POSITIVE
            le agradezco harto la paciencia                                 | POSITIVE
            ok                                                              | NEUTRAL
            👍                                                              | NEUTRAL
            listo, pagado 👍                                                | NEUTRAL
            el viernes pago                                                 | NEUTRAL
            ando corto de plata pero en la quincena le pago                 | NEUTRAL
            No estoy bravo, solo quiero entender por qué llegó tan alta     | NEUTRAL
            no voy a pagar algo que no debo                                 | NEGATIVE
            me tienen harto con tantos mensajes                             | NEGATIVE
            qué rápidos para cobrar eh 👏👏                                 | NEGATIVE
            les pago altiro, claro                                          | NEGATIVE
            sí, cómo no                                                     | NEGATIVE
            Uy qué bacano, súper amables ustedes 🙃                         | NEGATIVE
            mi mamá está hospitalizada, no tengo cabeza para nada           | NEGATIVE
            no tengo un mango y no se cuando voy a poder pagar              | NEGATIVE
            ESTO ES UNA VERGUENZA                                           | NEGATIVE
            This is ridiculous, I already paid, check your records          | NEGATIVE
            """)
    void toneOfOneMessage(String text, Sentiment expected) {
        assertThat(sentimentOf(text)).isEqualTo(expected);
    }

    @Test
    void theLastMessageWithATonedecides() {
        assertThat(sentimentOf(
                        "otra vez con lo mismo? ya les dije que no tengo plata", "ah ya, eso sí me ayuda, gracias"))
                .isEqualTo(Sentiment.POSITIVE);
        assertThat(sentimentOf("dale gracias", "hagan lo que quieran, córtenlo si quieren"))
                .isEqualTo(Sentiment.NEGATIVE);
        assertThat(sentimentOf("el técnico nunca llegó, es una vergüenza", "ya, espero"))
                .isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void praiseRightAfterSarcasmIsSarcasmToo() {
        assertThat(sentimentOf("excelente servicio, llevan 3 semanas sin venir 👏", "de verdad los felicito"))
                .isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void onlyTheCustomersMessagesCount() {
        Sentiment sentiment = Chat.at("2026-03-10T15:00:00-03:00")
                .agent("¡Muchas gracias! Qué bueno, excelente 😊")
                .customer("ok")
                .analyze()
                .sentiment();
        assertThat(sentiment).isEqualTo(Sentiment.NEUTRAL);
    }
}
