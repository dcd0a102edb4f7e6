package io.conversa.inbox.internal;

import java.time.Duration;

/** Thrown by a task that should run again later (a retryable error); {@code atLeast} a minimum wait, or null. */
public class RetryLater extends RuntimeException {

    private final transient Duration atLeast;

    public RetryLater(String reason, Duration atLeast) {
        super(reason);
        this.atLeast = atLeast;
    }

    public Duration atLeast() {
        return atLeast;
    }
}
