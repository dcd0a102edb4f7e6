package io.conversa.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.conversa.insights.offline.Analysis;
import io.conversa.insights.offline.Analysis.Topic;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InsightAnswerTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static Analysis parse(String json) {
        return InsightAnswer.parse(json, FIRST_DAY, TODAY);
    }

    private static String answer(String topics, String promise) {
        return """
                {"summary": "El cliente promete pagar.", "sentiment": "NEUTRAL", "topics": %s,
                 "nextAction": "Registrar la promesa", "promise": %s}""".formatted(topics, promise);
    }

    @ParameterizedTest(name = "amount \"{0}\" -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "\"60000\" | 60000",
                "\"60.000\" | 60000",
                "\"60,000\" | 60000",
                "\"1.250.000\" | 1250000",
                "\"1425.50\" | 1425.5",
                "\"1425,50\" | 1425.5",
                "\"$120.000\" | 120000",
                "2850.00 | 2850",
                "\"todo\" | none",
                "\"0\" | none",
                "null | none"
            })
    void theAmountOfAPromiseIsReadLeniently(String amount, String expected) {
        Analysis analysis = parse(
                answer("[\"pago\", \"promesa_de_pago\"]", "{\"date\": \"2026-03-13\", \"amount\": " + amount + "}"));

        assertThat(analysis.promise().date()).isEqualTo(LocalDate.of(2026, 3, 13));
        if (expected == null) {
            assertThat(analysis.promise().amount()).isNull();
        } else {
            assertThat(analysis.promise().amount()).isEqualByComparingTo(expected);
        }
    }

    @Test
    void aPromiseCarriesItsTopics() {
        Analysis analysis = parse(answer("[\"consulta\"]", "{\"date\": \"2026-03-13\", \"amount\": null}"));

        assertThat(analysis.topics()).containsExactly(Topic.PAGO, Topic.PROMESA_DE_PAGO, Topic.CONSULTA);
    }

    @Test
    void noTopicIsOtroAndOtroGivesWayToARealTopic() {
        assertThat(parse(answer("[]", "null")).topics()).containsExactly(Topic.OTRO);
        assertThat(parse(answer("[\"otro\", \"reclamo\"]", "null")).topics()).containsExactly(Topic.RECLAMO);
    }

    @Test
    void aMarkdownFenceAroundTheJsonIsTolerated() {
        Analysis analysis = parse("```json\n" + answer("[\"pago\"]", "null") + "\n```");

        assertThat(analysis.summary()).isEqualTo("El cliente promete pagar.");
        assertThat(analysis.sentiment()).isEqualTo(Analysis.Sentiment.NEUTRAL);
    }

    @Test
    void longTextsAreCutAtAWord() {
        String longSummary = "palabra ".repeat(300);
        Analysis analysis = parse(answer("[\"pago\"]", "null").replace("El cliente promete pagar.", longSummary));

        assertThat(analysis.summary())
                .hasSizeLessThanOrEqualTo(InsightAnswer.MAX_SUMMARY_CHARS)
                .endsWith("palabra…");
    }

    @ParameterizedTest(name = "promise date {0} is impossible")
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "13/03/2026", "", "2026-03-01", "2027-06-01"})
    void impossibleDates(String date) {
        assertThatThrownBy(() -> parse(answer("[\"pago\"]", "{\"date\": \"" + date + "\", \"amount\": null}")))
                .isInstanceOf(ProviderFailure.class)
                .hasMessage("The model's answer has an impossible promise date");
    }

    @Test
    void aBlankNextActionIsAFailure() {
        assertThatThrownBy(() -> parse(answer("[\"pago\"]", "null").replace("Registrar la promesa", " ")))
                .isInstanceOf(ProviderFailure.class)
                .hasMessage("The model's answer has no next action");
    }

    @Test
    void theSchemaIsStrict() {
        assertThat(InsightAnswer.SCHEMA)
                .contains("\"additionalProperties\": false")
                .contains("\"enum\": [\"positive\", \"neutral\", \"negative\"]")
                .contains("\"type\": [\"object\", \"null\"]");
    }
}
