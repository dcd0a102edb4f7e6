package io.conversa.sandbox.internal;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fresh ids in Meta's shapes: message ids ({@code wamid.HBgL…=}, base64 like Meta's, so they carry {@code +},
 * {@code /} and {@code =}), numeric media and template ids, and trace ids for error answers. Unique within a run
 * by a counter.
 */
public final class Wamids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicLong COUNTER = new AtomicLong(System.currentTimeMillis());
    private static final AtomicLong MEDIA_COUNTER = new AtomicLong(System.currentTimeMillis() % 100_000_000_000L);
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private Wamids() {}

    public static String message() {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        ByteBuffer bytes = ByteBuffer.allocate(26).put((byte) 0x1c).put((byte) 0x18);
        bytes.putLong(COUNTER.incrementAndGet()).put(random);
        return "wamid.HBgL" + Base64.getEncoder().encodeToString(bytes.array());
    }

    /** Sixteen digits, like Meta's media ids; the counter keeps them unique, the last three digits are random. */
    public static String media() {
        return String.valueOf(1_000_000_000_000_000L + MEDIA_COUNTER.incrementAndGet() * 1_000 + RANDOM.nextInt(1_000));
    }

    /** A template id: digits, like Meta's (unique within a run, as media ids are). */
    public static String template() {
        return media();
    }

    public static String trace() {
        StringBuilder trace = new StringBuilder("A");
        for (int i = 0; i < 22; i++) {
            trace.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return trace.toString();
    }
}
