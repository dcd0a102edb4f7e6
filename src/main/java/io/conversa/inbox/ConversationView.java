package io.conversa.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A conversation as lists and the API show it. {@code customerId} is null while it is not linked. */
public record ConversationView(
        UUID id,
        UUID channelId,
        String status,
        String waId,
        String userId,
        String contactName,
        UUID customerId,
        Instant lastMessageAt,
        Instant lastInboundAt,
        Instant windowExpiresAt,
        int unreadCount,
        String priority,
        List<String> tags) {

    public boolean windowOpen(Instant now) {
        return windowExpiresAt != null && windowExpiresAt.isAfter(now);
    }
}
