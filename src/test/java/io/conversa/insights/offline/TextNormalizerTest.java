package io.conversa.insights.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void foldsAccentsCaseAndStretchedLetters() {
        assertThat(TextNormalizer.words("MAÑANA le PAGO siiiii")).containsExactly("manana", "le", "pago", "si");
    }

    @Test
    void spellsOutChatShorthandAndOpensContractions() {
        assertThat(TextNormalizer.words("q pena, xq no pude")).containsExactly("que", "pena", "porque", "no", "pude");
        assertThat(TextNormalizer.words("I'll pay, I can't now"))
                .containsExactly("i", "will", "pay", "i", "can", "not", "now");
        assertThat(TextNormalizer.words("les pago altiro")).containsExactly("les", "pago", "al", "tiro");
    }

    @Test
    void setsEmojisApart() {
        assertThat(TextNormalizer.emojis("listo 👍🏽 gracias 🙏")).containsExactly("👍", "🙏");
        assertThat(TextNormalizer.words("listo 👍")).containsExactly("listo");
    }

    @Test
    void cutsClausesAtSentencesCommasAndButKeepingShortOnesWithTheirNeighbour() {
        var clauses =
                TextNormalizer.clauses("Dale, a fin de mes te pago. Pero el servicio es malo, ¿me pueden ayudar?");
        assertThat(clauses)
                .extracting(c -> String.join(" ", c.words()))
                .containsExactly("dale a fin de mes te pago", "pero el servicio es malo", "me pueden ayudar");
        assertThat(clauses).extracting(TextNormalizer.Clause::question).containsExactly(false, false, true);
    }

    @Test
    void phrasesForgiveOneTypoInLongWordsButNotAnotherConjugation() {
        Phrases transfer = Phrases.of("te transfiero");
        assertThat(transfer.in(TextNormalizer.words("te tranfiero"))).isTrue();
        assertThat(Phrases.of("deposito").in(TextNormalizer.words("deposité"))).isFalse();
        assertThat(Phrases.of("pedido").in(TextNormalizer.words("podido"))).isFalse();
    }

    @Test
    void phrasesHaveOptionalWordsGapsAndNumbers() {
        Phrases family = Phrases.of("no [lo] voy a ~2 pagar", "me llegan # al dia");
        assertThat(family.in(TextNormalizer.words("no lo voy a pagar"))).isTrue();
        assertThat(family.in(TextNormalizer.words("no voy a poder pagar"))).isTrue();
        assertThat(family.in(TextNormalizer.words("me llegan 3 al dia"))).isTrue();
        assertThat(family.in(TextNormalizer.words("no es que no queramos pagar")))
                .isFalse();
        assertThatThrownBy(() -> Phrases.of("[un|nada de] plata")).isInstanceOf(IllegalArgumentException.class);
    }
}
