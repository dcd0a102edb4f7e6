package io.conversa.live;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * One thing an open inbox should redraw. {@code type}: {@code message} (a customer's new message), {@code status} (an
 * outbound message's ticks), {@code conversation} (an agent's message, note or change: {@code change} names it).
 * {@code seq} numbers the notices of one instance in order; it is the SSE event id.
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

    public LiveNotice withSeq(long newSeq) {
        return new LiveNotice(newSeq, workspaceId, type, conversationId, messageId, status, change);
    }
}
