package io.conversa.campaigns.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OptOutWordsTest {

    @Test
    void theDefaultWordsAreBajaStopAndNoMolestar() {
        assertThat(OptOutWords.DEFAULT.words()).containsExactly("BAJA", "STOP", "NO MOLESTAR");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "BAJA",
                "baja",
                " Baja ",
                "Baja por favor",
                "por favor baja",
                "baja porfa",
                "Baja, gracias!",
                "STOP!!",
                "stop 🙏",
                "Stop please",
                "stop pls",
                "ya stop",
                "No molestar",
                "NO MOLESTAR, gracias",
                "nó molestár",
                "no-molestar",
                "¡¡NO MOLESTAR!!",
                "BAJÁ"
            })
    void matchesAnOptOutWordAloneOrWithPoliteFiller(String text) {
        assertThat(OptOutWords.DEFAULT.matches(text)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "   ",
                "🙏",
                "por favor",
                "gracias",
                "¿Puedo pagar la cuota más baja?",
                "no puedo pagar, stop con las llamadas por favor ya",
                "mi saldo bajó",
                "bajar",
                "stopped",
                "no",
                "molestar",
                "no me molestes",
                "baja stop",
                "dar de baja"
            })
    void doesNotMatchOtherTexts(String text) {
        assertThat(OptOutWords.DEFAULT.matches(text)).isFalse();
    }

    @Test
    void customWordsReplaceTheDefault() {
        OptOutWords words = OptOutWords.of("DESUSCRIBIR, CANCELAR SUSCRIPCION");

        assertThat(words.words()).containsExactly("DESUSCRIBIR", "CANCELAR SUSCRIPCION");
        assertThat(words.matches("desuscribir")).isTrue();
        assertThat(words.matches("Cancelar suscripción, por favor.")).isTrue();
        assertThat(words.matches("cancelar   SUSCRIPCIÓN")).isTrue();
        assertThat(words.matches("baja")).isFalse();
        assertThat(words.matches("cancelar")).isFalse();
        assertThat(words.matches("quiero cancelar la suscripción")).isFalse();
    }

    @Test
    void blankEntriesAreIgnored() {
        OptOutWords words = OptOutWords.of(" , BAJA,, ,STOP , ");

        assertThat(words.words()).containsExactly("BAJA", "STOP");
        assertThat(words.matches("stop")).isTrue();
    }

    @Test
    void aWordMadeOfFillerStillMatchesWhenSaidAlone() {
        OptOutWords words = OptOutWords.of("YA NO");

        assertThat(words.matches("ya no")).isTrue();
        assertThat(words.matches("Ya no, gracias")).isFalse();
        assertThat(words.matches("no")).isFalse();
    }

    @Test
    void rejectsNoWordsOrWordsWithoutLetters() {
        assertThatThrownBy(() -> OptOutWords.of(" , "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no opt-out words in \" , \"");
        assertThatThrownBy(() -> OptOutWords.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OptOutWords.of("BAJA, 🙏"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("opt-out word \"🙏\" has no letter or digit");
    }

    @Test
    void wordsAreImmutable() {
        assertThatThrownBy(() -> OptOutWords.DEFAULT.words().add("X"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
