package io.conversa.live;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * One thing an open inbox should redraw. {@code type}: {@code message} (a customer's new message), {@code status} (an
 * outbound message's ticks), {@code conversation} (an agent's message, note or change: {@code change} names it).
 * {@code seq} numbers the notices of one instance in order; the SSE event id carries it.
 *
 * <p>Two more types only steer the stream: {@code resync} (redraw everything: notices were missed) and {@code ready}
 * (the stream is open); their {@code seq} is the instance's latest number when they were sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LiveNotice(
        long seq,
        @JsonIgnore UUID workspaceId,
        String type,
        UUID conversationId,
        UUID messageId,
        String status,
        String change) {

    /** A {@code resync} or {@code ready}: about the stream, no conversation. */
    public static LiveNotice control(String type, UUID workspaceId, long seq) {
        return new LiveNotice(seq, workspaceId, type, null, null, null, null);
    }

    public LiveNotice withSeq(long newSeq) {
        return new LiveNotice(newSeq, workspaceId, type, conversationId, messageId, status, change);
    }
}
