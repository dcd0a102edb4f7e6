package io.conversa.inbox.internal;

import java.time.Duration;

/**
 * Send slots this instance has already drawn from a number's shared bucket and not used yet. Drawing a slot from
 * the shared bucket is a transaction that locks the bucket's row, so every send thread of every instance queues on
 * it; drawing a few at a time (about {@link #SHARE} of a second's worth) and handing them out here takes that lock
 * far less often. A slot not used within {@link #FRESH} is dropped, so slots never pile up into a burst above the
 * number's rate.
 */
final class TokenReserve {

    /** The part of a second's sends drawn at once: 20 ms, so 20 slots at 1,000 per second and 1 below 100. */
    static final int SHARE = 50;

    /** How long drawn slots may wait to be used. */
    static final Duration FRESH = Duration.ofMillis(100);

    private long slots;
    private long drawnAt;

    /** How many slots to draw from the shared bucket at once for this rate. */
    static int batch(int messagesPerSecond) {
        return Math.max(1, messagesPerSecond / SHARE);
    }

    /** Takes one slot if a fresh one is left. */
    synchronized boolean take(long nowNanos) {
        if (slots > 0 && nowNanos - drawnAt <= FRESH.toNanos()) {
            slots--;
            return true;
        }
        slots = 0;
        return false;
    }

    /** Keeps slots just drawn (the caller used one more of the same draw itself). */
    synchronized void keep(long drawn, long nowNanos) {
        if (drawn > 0) {
            slots = drawn;
            drawnAt = nowNanos;
        }
    }
}
