package io.conversa.insights.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PromiseExtractorTest {

    private static final String TUESDAY = "2026-03-10T15:00:00-03:00";

    private static LocalDate promised(String text) {
        return Chat.customerSays(TUESDAY, text).promiseDate();
    }

    @ParameterizedTest(name = "\"{0}\" is a promise for Friday 13")
    @ValueSource(
            strings = {
                "el viernes le pago",
                "el viernes sin falta te transfiero la F-1023",
                "El Viernes Te Deposito",
                "el biernes le tranfiero",
                "ya, el viernes les cancelo todo",
                "dale, el viernes te paso la plata",
                "ok, voy a pagar el viernes",
                "el viernes me pongo al dia",
                "I'll pay on Friday",
                "will transfer the full amount on friday, thanks!",
                "you'll get it on Friday"
            })
    void phrasingsOfAPromise(String text) {
        assertThat(promised(text)).isEqualTo(LocalDate.parse("2026-03-13"));
    }

    @ParameterizedTest(name = "\"{0}\" is not a promise")
    @ValueSource(
            strings = {
                "si me pagan el bono le pago todo el viernes",
                "si le pago todo esta semana me sacan los intereses?",
                "if I get paid I'll pay on Friday",
                "les pago altiro, claro",
                "sí, cómo no, el viernes les pago 🙄",
                "¿puedo pagar el viernes?",
                "no le puedo pagar el viernes",
                "capaz que el viernes te pago",
                "te propongo pagar la mitad el viernes",
                "te pago 50 lucas",
                "voy a pagar cuando pueda",
                "ya te pagué el viernes pasado",
                "el jueves me manda lo de siempre"
            })
    void notPromises(String text) {
        assertThat(promised(text)).isNull();
    }

    @Test
    void aDateAboutSomethingElseInTheSameMessageIsNotTaken() {
        assertThat(promised("Mañana sin falta le consigno. Y el sábado me manda el pedido de siempre"))
                .isEqualTo(LocalDate.parse("2026-03-11"));
    }

    @Test
    void whenTheCustomerCorrectsThemselvesTheLastDateCounts() {
        assertThat(promised("te pago el sabado... ah no espera, el sabado no estoy, mejor el lunes sin falta te pago"))
                .isEqualTo(LocalDate.parse("2026-03-16"));
    }

    @Test
    void theDateComesFromTheMessageHoldingThePromiseNotFromLaterMessages() {
        LocalDate date = Chat.at("2026-03-10T15:00:00-03:00")
                .agent("Hola, la factura F-1023 está vencida.")
                .customer("mañana le transfiero")
                .then("2026-03-12T10:00:00-03:00")
                .customer("ok")
                .promiseDate();
        assertThat(date).isEqualTo(LocalDate.parse("2026-03-11"));
    }

    @Test
    void theDayIsTheConversationTimeZonesDay() {
        LocalDate date = Chat.at("2027-01-01T03:30:00Z")
                .zone("America/New_York")
                .customer("Thanks for the reminder! I'll pay it tomorrow")
                .promiseDate();
        assertThat(date).isEqualTo(LocalDate.parse("2027-01-01"));
    }

    @Test
    void thenRefersToTheDateEarlierInTheSentence() {
        assertThat(promised("our finance team runs payments on the 15th, so you'll get the full amount then"))
                .isEqualTo(LocalDate.parse("2026-03-15"));
    }
}
