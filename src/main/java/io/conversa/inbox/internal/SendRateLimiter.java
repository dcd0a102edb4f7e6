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
        long key = key(channelId, messagesPerSecond);
        if (shared == null) {
            Bucket bucket = local.computeIfAbsent(key, k -> localBucket(messagesPerSecond));
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

    /**
     * Waits up to {@code maxWait} for {@code count} send slots at once (a batch; more than a second's worth are
     * taken a second's worth at a time); false when they would not come in time.
     */
    public boolean acquire(UUID channelId, int messagesPerSecond, int count, Duration maxWait)
            throws InterruptedException {
        if (count == 1) {
            return acquire(channelId, messagesPerSecond, maxWait);
        }
        long key = key(channelId, messagesPerSecond);
        Bucket bucket = shared == null
                ? local.computeIfAbsent(key, k -> localBucket(messagesPerSecond))
                : shared.getProxy(key, () -> configuration(messagesPerSecond));
        for (int left = count; left > 0; left -= messagesPerSecond) {
            if (!bucket.asBlocking().tryConsume(Math.min(left, messagesPerSecond), maxWait)) {
                return false;
            }
        }
        return true;
    }

    private static long key(UUID channelId, int messagesPerSecond) {
        return channelId.getMostSignificantBits() ^ channelId.getLeastSignificantBits() ^ messagesPerSecond;
    }

    private static Bucket localBucket(int messagesPerSecond) {
        return Bucket.builder()
                .addLimit(limit ->
                        limit.capacity(messagesPerSecond).refillGreedy(messagesPerSecond, Duration.ofSeconds(1)))
                .build();
    }

    private static BucketConfiguration configuration(int messagesPerSecond) {
        return BucketConfiguration.builder()
                .addLimit(limit ->
                        limit.capacity(messagesPerSecond).refillGreedy(messagesPerSecond, Duration.ofSeconds(1)))
                .build();
    }
}
