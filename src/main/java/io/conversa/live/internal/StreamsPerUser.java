package io.conversa.live.internal;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** How many streams each user has open on this instance: a few tabs and devices each, never without bound. */
final class StreamsPerUser {

    private final int max;
    private final Map<UUID, Integer> open = new ConcurrentHashMap<>();

    StreamsPerUser(int max) {
        this.max = max;
    }

    /** Counts one more stream for the user; false (and nothing counted) when the user already has {@code max}. */
    boolean tryOpen(UUID userId) {
        boolean[] counted = new boolean[1];
        open.compute(userId, (id, n) -> {
            int count = n == null ? 0 : n;
            counted[0] = count < max;
            return counted[0] ? count + 1 : count;
        });
        return counted[0];
    }

    void closed(UUID userId) {
        open.computeIfPresent(userId, (id, n) -> n > 1 ? n - 1 : null);
    }

    int open(UUID userId) {
        return open.getOrDefault(userId, 0);
    }
}
