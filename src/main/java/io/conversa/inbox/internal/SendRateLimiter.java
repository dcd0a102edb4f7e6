package io.conversa.inbox.internal;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Each number's messages-per-second limit. On PostgreSQL the token bucket lives in the database (Bucket4j), so
 * every instance draws from the same bucket, a few slots at a time ({@link TokenReserve}); on the embedded database
 * (one instance) it lives in memory.
 */
@Component
public class SendRateLimiter {

    private final ProxyManager<Long> shared;
    private final Map<Long, Bucket> local = new ConcurrentHashMap<>();
    private final Map<Long, TokenReserve> reserves = new ConcurrentHashMap<>();

    SendRateLimiter(DataSource dataSource, Environment environment) {
        boolean postgres = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
        this.shared = postgres
                ? Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource).build()
                : null;
    }

    /** Waits up to {@code maxWait} for a send slot on this number; false when none came. */
    public boolean acquire(UUID channelId, int messagesPerSecond, Duration maxWait) throws InterruptedException {
        long key = channelId.getMostSignificantBits() ^ channelId.getLeastSignificantBits() ^ messagesPerSecond;
        if (shared == null) {
            Bucket bucket = local.computeIfAbsent(
                    key,
                    k -> Bucket.builder()
                            .addLimit(limit -> limit.capacity(messagesPerSecond)
                                    .refillGreedy(messagesPerSecond, Duration.ofSeconds(1)))
                            .build());
            return maxWait.isZero() ? bucket.tryConsume(1) : bucket.asBlocking().tryConsume(1, maxWait);
        }
        TokenReserve reserve = reserves.computeIfAbsent(key, k -> new TokenReserve());
        if (reserve.take(System.nanoTime())) {
            return true;
        }
        Bucket bucket = shared.getProxy(key, () -> configuration(messagesPerSecond));
        int batch = TokenReserve.batch(messagesPerSecond);
        long drawn = bucket.tryConsumeAsMuchAsPossible(batch);
        if (drawn == 0 && !maxWait.isZero() && bucket.asBlocking().tryConsume(batch, maxWait)) {
            drawn = batch; // reserved ahead and waited until they were due
        }
        reserve.keep(drawn - 1, System.nanoTime());
        return drawn > 0;
    }

    private static BucketConfiguration configuration(int messagesPerSecond) {
        return BucketConfiguration.builder()
                .addLimit(limit ->
                        limit.capacity(messagesPerSecond).refillGreedy(messagesPerSecond, Duration.ofSeconds(1)))
                .build();
    }
}
