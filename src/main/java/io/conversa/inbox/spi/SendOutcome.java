package io.conversa.inbox.spi;

import java.time.Duration;

/** What the provider answered to a send. */
public sealed interface SendOutcome {

    /** Meta took the message; delivery comes later as statuses. {@code messageStatus} e.g. accepted, paused. */
    record Accepted(String waMessageId, String waId, String messageStatus) implements SendOutcome {}

    /**
     * Meta refused it. {@code retryable} per Meta's error code; {@code retryAfter} a minimum wait before trying
     * again (null: use the normal backoff); {@code explanation} the reason in Spanish words for the agent.
     */
    record Rejected(int code, String title, String details, boolean retryable, Duration retryAfter, String explanation)
            implements SendOutcome {}

    /** No answer that says whether Meta took it (timeout, connection cut): never resent without a person. */
    record Unknown(String reason) implements SendOutcome {}
}
