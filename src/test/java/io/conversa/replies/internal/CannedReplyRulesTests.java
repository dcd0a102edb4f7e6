package io.conversa.replies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.conversa.core.FieldProblem;
import io.conversa.replies.CannedReplyInput;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CannedReplyRulesTests {

    final CannedReplyRules rules = new CannedReplyRules();

    List<FieldProblem> check(String shortcut, String title, String text) {
        return rules.check(rules.normalize(new CannedReplyInput(shortcut, title, text)));
    }

    @Test
    void normalizingDropsTheSlashSpacesAndCapitalsOfTheShortcutAndWindowsLineEnds() {
        CannedReplyInput clean = rules.normalize(new CannedReplyInput(" /Saldo-MX ", " Saldo ", " Hola\r\nChao \n"));

        assertThat(clean).isEqualTo(new CannedReplyInput("saldo-mx", "Saldo", "Hola\nChao"));
        assertThat(rules.normalize(new CannedReplyInput(null, null, null))).isEqualTo(new CannedReplyInput("", "", ""));
    }

    @Test
    void aGoodReplyHasNoProblems() {
        assertThat(check("saldo_2", "Saldo", "Hola {{nombre}}, su saldo es {{saldo}}."))
                .isEmpty();
        assertThat(check("ab", "T", "x".repeat(4096))).isEmpty();
        assertThat(check("a".repeat(40), "t".repeat(100), "x")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "/", "dos palabras", "año", "saldo!", "sal.do", "x.y"})
    void shortcutsOtherThanTwoToFortyLettersDigitsDashesAndUnderscoresAreRefused(String shortcut) {
        assertThat(check(shortcut, "T", "x")).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("shortcut");
            assertThat(p.messageKey()).isEqualTo("replies.error.shortcut");
            assertThat(p.arguments()).containsExactly(40);
        });
    }

    @Test
    void aShortcutOfFortyOneCharactersIsRefused() {
        assertThat(check("a".repeat(41), "T", "x"))
                .extracting(FieldProblem::field)
                .containsExactly("shortcut");
    }

    @Test
    void titleIsRequiredAndShort() {
        assertThat(check("saldo", " ", "x"))
                .extracting(FieldProblem::messageKey)
                .containsExactly("replies.error.title");
        assertThat(check("saldo", "t".repeat(101), "x"))
                .extracting(FieldProblem::field)
                .containsExactly("title");
    }

    @Test
    void textIsRequiredAndAtMost4096Characters() {
        assertThat(check("saldo", "T", " \n "))
                .extracting(FieldProblem::messageKey)
                .containsExactly("replies.error.textRequired");
        assertThat(check("saldo", "T", "x".repeat(4097))).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("replies.error.textLength");
            assertThat(p.arguments()).containsExactly(4096, 4097);
        });
    }

    @Test
    void unknownVariablesAreRefusedWithTheListOfAllowedOnes() {
        assertThat(check("saldo", "T", "Hola {{cliente}}, debe {{monto}} ({{saldo}})"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("text");
                    assertThat(p.messageKey()).isEqualTo("replies.error.unknownVariables");
                    assertThat(p.arguments())
                            .containsExactly(
                                    "{{cliente}}, {{monto}}",
                                    "{{nombre}}, {{saldo}}, {{facturas_vencidas}}, {{agente}}, {{empresa}}");
                });
    }

    @Test
    void everyWrongFieldIsReportedAtOnce() {
        assertThat(check("x", "", "")).extracting(FieldProblem::field).containsExactly("shortcut", "title", "text");
    }
}
