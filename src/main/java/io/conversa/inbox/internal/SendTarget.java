package io.conversa.inbox.internal;

import io.conversa.inbox.ConversationView;
import java.time.Instant;
import java.util.UUID;

/**
 * What storing a message to send needs of its conversation: the number it goes out on, the customer its template
 * variables read (null when none) and the end of the 24-hour window (null when the customer never wrote).
 */
public record SendTarget(UUID conversationId, UUID channelId, UUID customerId, Instant windowExpiresAt) {

    static SendTarget of(ConversationView conversation) {
        return new SendTarget(
                conversation.id(), conversation.channelId(), conversation.customerId(), conversation.windowExpiresAt());
    }

    boolean windowOpen(Instant now) {
        return windowExpiresAt != null && windowExpiresAt.isAfter(now);
    }
}
