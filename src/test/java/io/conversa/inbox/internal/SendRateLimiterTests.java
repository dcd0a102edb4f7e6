package io.conversa.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.conversa.support.IntegrationTest;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** The per-number send rate lives in PostgreSQL, so two instances draw from one bucket. */
@IntegrationTest
class SendRateLimiterTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    Environment environment;

    @Test
    void twoInstancesShareOneBucketPerNumber() throws InterruptedException {
        SendRateLimiter instanceA = new SendRateLimiter(dataSource, environment);
        SendRateLimiter instanceB = new SendRateLimiter(dataSource, environment);
        UUID number = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            assertThat(instanceA.acquire(number, 5, Duration.ZERO)).isTrue();
        }
        for (int i = 0; i < 2; i++) {
            assertThat(instanceB.acquire(number, 5, Duration.ZERO)).isTrue();
        }
        assertThat(instanceA.acquire(number, 5, Duration.ZERO)).isFalse();
        assertThat(instanceB.acquire(number, 5, Duration.ZERO)).isFalse();
        assertThat(instanceB.acquire(UUID.randomUUID(), 5, Duration.ZERO))
                .as("another number has its own bucket")
                .isTrue();
    }
}
