package io.conversa.live.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.OptionalLong;

/**
 * SSE event ids {@code <run>-<seq>}: {@code seq} is the notice's number on this instance and {@code run} a random token
 * drawn when the instance starts. Another instance, or this one before a restart, numbers other notices: a browser's
 * {@code Last-Event-ID} only says what it has seen when it carries this run's token.
 */
final class EventIds {

    private final String run;

    EventIds() {
        byte[] token = new byte[4];
        new SecureRandom().nextBytes(token);
        this.run = HexFormat.of().formatHex(token);
    }

    String of(long seq) {
        return run + "-" + seq;
    }

    /** The notice number in an id of this run; empty for another run's or instance's id, or anything else. */
    OptionalLong seqOf(String eventId) {
        String prefix = run + "-";
        if (eventId == null || !eventId.startsWith(prefix)) {
            return OptionalLong.empty();
        }
        try {
            long seq = Long.parseLong(eventId.substring(prefix.length()));
            return seq < 0 ? OptionalLong.empty() : OptionalLong.of(seq);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
