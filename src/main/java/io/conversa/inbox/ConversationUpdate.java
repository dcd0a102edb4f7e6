package io.conversa.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an agent changes on a conversation; a null field stays as it is. {@code status} open or closed;
 * {@code priority} normal, high or urgent; {@code tags} the whole new set; {@code assignee} a user of the workspace
 * (cleared: nobody); {@code customer} the customer it belongs to (cleared: unlinked); {@code snoozedUntil} a future
 * moment (cleared: back now).
 */
public record ConversationUpdate(
        String status,
        String priority,
        List<String> tags,
        Change<UUID> assignee,
        Change<UUID> customer,
        Change<Instant> snoozedUntil) {

    public static ConversationUpdate status(String status) {
        return new ConversationUpdate(status, null, null, null, null, null);
    }

    public static ConversationUpdate priority(String priority) {
        return new ConversationUpdate(null, priority, null, null, null, null);
    }

    public static ConversationUpdate tags(List<String> tags) {
        return new ConversationUpdate(null, null, tags, null, null, null);
    }

    public static ConversationUpdate assignee(UUID userId) {
        return new ConversationUpdate(null, null, null, Change.to(userId), null, null);
    }

    public static ConversationUpdate customer(UUID customerId) {
        return new ConversationUpdate(null, null, null, null, Change.to(customerId), null);
    }

    public static ConversationUpdate snooze(Instant until) {
        return new ConversationUpdate(null, null, null, null, null, Change.to(until));
    }

    public boolean isEmpty() {
        return status == null
                && priority == null
                && tags == null
                && assignee == null
                && customer == null
                && snoozedUntil == null;
    }
}
