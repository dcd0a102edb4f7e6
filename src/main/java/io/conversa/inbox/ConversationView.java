package io.conversa.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A conversation as lists and the API show it. {@code customerId} is null while it is not linked, {@code assigneeId}
 * while nobody handles it, {@code snoozedUntil} unless it is snoozed. {@code lastMessage*} feed the list's preview
 * line ({@code lastMessageDirection}: inbound, outbound or internal).
 */
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
        List<String> tags,
        UUID assigneeId,
        Instant snoozedUntil,
        String lastMessageText,
        String lastMessageType,
        String lastMessageDirection) {

    public boolean windowOpen(Instant now) {
        return windowExpiresAt != null && windowExpiresAt.isAfter(now);
    }

    public boolean snoozed(Instant now) {
        return snoozedUntil != null && snoozedUntil.isAfter(now);
    }

    /** The name to show: the WhatsApp profile name, else the number (+ and digits), else the user id. */
    public String displayName() {
        if (contactName != null && !contactName.isBlank()) {
            return contactName;
        }
        return waId != null ? "+" + waId : userId;
    }

    public ConversationView withTags(List<String> newTags) {
        return new ConversationView(
                id,
                channelId,
                status,
                waId,
                userId,
                contactName,
                customerId,
                lastMessageAt,
                lastInboundAt,
                windowExpiresAt,
                unreadCount,
                priority,
                List.copyOf(newTags),
                assigneeId,
                snoozedUntil,
                lastMessageText,
                lastMessageType,
                lastMessageDirection);
    }
}
