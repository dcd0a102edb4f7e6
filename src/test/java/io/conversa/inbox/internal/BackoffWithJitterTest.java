package io.conversa.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class BackoffWithJitterTest {

    private final BackoffWithJitter<Void> backoff = new BackoffWithJitter<>(Duration.ofSeconds(2));

    @RepeatedTest(20)
    void delayDoublesWithinJitter() {
        assertThat(backoff.delay(0, null)).isBetween(Duration.ofMillis(1500), Duration.ofMillis(2500));
        assertThat(backoff.delay(3, null)).isBetween(Duration.ofMillis(12_000), Duration.ofMillis(20_000));
    }

    @Test
    void neverSoonerThanAskedAndNeverAboveAnHourAndAQuarter() {
        assertThat(backoff.delay(0, new RetryLater("pair rate limit", Duration.ofSeconds(30))))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delay(40, null)).isLessThanOrEqualTo(Duration.ofMinutes(75));
    }
}
