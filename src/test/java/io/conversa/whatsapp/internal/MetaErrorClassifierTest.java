package io.conversa.whatsapp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.conversa.whatsapp.internal.MetaErrorClassifier.Classification;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetaErrorClassifierTest {

    @ParameterizedTest
    @ValueSource(
            ints = {
                131047, 131026, 131050, 131051, 131030, 131042, 131008, 131009, 100, 132000, 132001, 132005, 132007,
                132008, 132012, 132015, 132016, 190, 10, 200, 3, 131031, 133010, 368
            })
    void permanentCodes(int code) {
        // Meta sends some of these with a 5xx (code 3 comes with HTTP 500): the code decides, not the status.
        for (Integer status : new Integer[] {400, 500, null}) {
            Classification c = MetaErrorClassifier.classify(code, status);
            assertThat(c.retryable()).as("code %d with HTTP %s", code, status).isFalse();
            assertThat(c.retryAfter()).isNull();
            assertThat(c.explanation()).isNotBlank().doesNotContain("código");
            assertThat(c.code()).isEqualTo(code);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {130429, 131048, 131056, 4, 80007, 131000, 131016, 1, 2, 131057, 131049, 131052, 131053})
    void retryableCodes(int code) {
        Classification c = MetaErrorClassifier.classify(code, 400);
        assertThat(c.retryable()).as("code %d", code).isTrue();
        assertThat(c.explanation()).isNotBlank().doesNotContain("código");
    }

    @ParameterizedTest
    @CsvSource({"131056, 1, 30", "131057, 30, 120", "130429, 1, 60", "4, 1, 600", "80007, 1, 600"})
    void minimumWaitsInSeconds(int code, long atLeast, long atMost) {
        Duration wait = MetaErrorClassifier.classify(code, 400).retryAfter();
        assertThat(wait).isBetween(Duration.ofSeconds(atLeast), Duration.ofSeconds(atMost));
    }

    @Test
    void spamLimitWaitsLongerThanPairLimitAndMaintenance() {
        Duration spam = MetaErrorClassifier.classify(131048, 400).retryAfter();
        assertThat(spam)
                .isGreaterThan(MetaErrorClassifier.classify(131057, 400).retryAfter())
                .isGreaterThan(MetaErrorClassifier.classify(131056, 400).retryAfter());
    }

    @Test
    void marketingEcosystemLimitRetriesOnlyAfterADay() {
        assertThat(MetaErrorClassifier.classify(131049, 400).retryAfter()).isGreaterThanOrEqualTo(Duration.ofDays(1));
    }

    @Test
    void reEngagementExplanationTellsTheAgentToSendATemplate() {
        assertThat(MetaErrorClassifier.explain(131047))
                .isEqualTo("Pasaron más de 24 horas desde el último mensaje del cliente: envía una plantilla.");
    }

    @ParameterizedTest
    @CsvSource({
        "999999, 500, true",
        "999999, 503, true",
        "999999, 429, true",
        "999999, 400, false",
        "999999, 403, false"
    })
    void unknownCodesDependOnTheHttpStatus(int code, int status, boolean retryable) {
        Classification c = MetaErrorClassifier.classify(code, status);
        assertThat(c.retryable()).isEqualTo(retryable);
        assertThat(c.explanation()).isNotBlank().contains(String.valueOf(code));
    }

    @Test
    void unknownCodeWithoutStatusIsPermanent() {
        assertThat(MetaErrorClassifier.classify(999999, null).retryable()).isFalse();
        assertThat(MetaErrorClassifier.explain(999999)).isNotBlank();
    }

    @Test
    void permissionRangeIsPermanent() {
        assertThat(MetaErrorClassifier.classify(294, 403).retryable()).isFalse();
    }

    @Test
    void answersWithoutAMetaErrorDependOnTheHttpStatus() {
        assertThat(MetaErrorClassifier.forHttpStatus(503).retryable()).isTrue();
        assertThat(MetaErrorClassifier.forHttpStatus(429).retryable()).isTrue();
        assertThat(MetaErrorClassifier.forHttpStatus(404).retryable()).isFalse();
        assertThat(MetaErrorClassifier.forHttpStatus(502).explanation()).isNotBlank();
    }
}
