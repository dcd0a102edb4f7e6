package io.conversa.inbox.internal;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs a failed task again after an exponential delay with ±25% jitter (so many retries do not hit Meta at the same
 * instant), never sooner than what the failure asked for ({@link RetryLater#atLeast()}).
 */
class BackoffWithJitter<T> implements FailureHandler<T> {

    private static final Duration MAX = Duration.ofHours(1);

    private final Duration first;

    BackoffWithJitter(Duration first) {
        this.first = first;
    }

    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<T> operations) {
        int failures = Math.max(complete.getExecution().consecutiveFailures, 0);
        Duration delay = delay(failures, complete.getCause().orElse(null));
        operations.reschedule(complete, Instant.now().plus(delay));
    }

    Duration delay(int previousFailures, Throwable cause) {
        long base = first.toMillis() << Math.min(previousFailures, 20);
        long capped = Math.min(base, MAX.toMillis());
        double jitter = 0.75 + ThreadLocalRandom.current().nextDouble() * 0.5;
        Duration delay = Duration.ofMillis((long) (capped * jitter));
        if (cause instanceof RetryLater retry
                && retry.atLeast() != null
                && retry.atLeast().compareTo(delay) > 0) {
            return retry.atLeast();
        }
        return delay;
    }
}
