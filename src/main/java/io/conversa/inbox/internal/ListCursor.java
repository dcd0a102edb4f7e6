package io.conversa.inbox.internal;

import io.conversa.core.DomainException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A position in the conversation list's order (priority rank, last message time, id, all descending): the next
 * page starts strictly after it, so pages never skip or repeat a row and never scan what came before.
 */
record ListCursor(int rank, Instant lastMessageAt, UUID id) {

    String encode() {
        ByteBuffer bytes = ByteBuffer.allocate(2 + 8 + 4 + 16);
        bytes.putShort((short) rank);
        bytes.putLong(lastMessageAt.getEpochSecond());
        bytes.putInt(lastMessageAt.getNano());
        bytes.putLong(id.getMostSignificantBits());
        bytes.putLong(id.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** Reads a cursor a client sent back; anything else is a 400, never a server error. */
    static ListCursor decode(String text) {
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(text));
            if (bytes.remaining() != 30) {
                throw new IllegalArgumentException("length");
            }
            int rank = bytes.getShort();
            Instant at = Instant.ofEpochSecond(bytes.getLong(), bytes.getInt());
            return new ListCursor(rank, at, new UUID(bytes.getLong(), bytes.getLong()));
        } catch (RuntimeException e) {
            throw DomainException.invalid("cursor", "inbox.error.cursor", "Not a cursor of this list: " + text);
        }
    }
}
