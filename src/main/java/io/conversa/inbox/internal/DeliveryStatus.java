package io.conversa.inbox.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Where an outbound message is. Meta's statuses only move it forward (sent < delivered < read) and {@code failed}
 * ends it; statuses arrive at least once and out of order, so a late or repeated one changes nothing. {@code
 * unknown} is a send whose outcome nobody knows (a crash or timeout mid-call): only Meta's statuses move it on.
 */
public enum DeliveryStatus {
    PENDING(0),
    SENDING(0),
    UNKNOWN(0),
    SENT(1),
    DELIVERED(2),
    READ(3),
    FAILED(4);

    private final int rank;

    DeliveryStatus(int rank) {
        this.rank = rank;
    }

    public static Optional<DeliveryStatus> fromWire(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether a status report may move a message from this status to {@code next}. */
    public boolean canAdvanceTo(DeliveryStatus next) {
        if (this == FAILED || this == READ) {
            return false;
        }
        if (next == FAILED) {
            return true;
        }
        return next.rank > rank;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
