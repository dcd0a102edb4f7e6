package io.conversa.inbox.internal;

import io.conversa.core.DomainException;
import io.conversa.core.WorkspaceId;
import io.conversa.identity.UserView;
import io.conversa.identity.Users;
import io.conversa.inbox.ConversationChanged;
import io.conversa.inbox.ConversationFilter;
import io.conversa.inbox.ConversationUpdate;
import io.conversa.inbox.ConversationView;
import io.conversa.receivables.Customers;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What agents do to a conversation besides writing: close and reopen, prioritise, tag, assign, link to a customer,
 * snooze, note, read. Every change that happened is recorded as a system event in the thread and announced.
 */
@Component
public class ConversationWorkflow {

    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG_LENGTH = 50;
    public static final int MAX_NOTE_LENGTH = 4000;

    private final ConversationStore conversations;
    private final ConversationState state;
    private final TimelineEntries timeline;
    private final Users users;
    private final Customers customers;
    private final ReadReceipts receipts;
    private final SendQueue queue;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConversationWorkflow(
            ConversationStore conversations,
            ConversationState state,
            TimelineEntries timeline,
            Users users,
            Customers customers,
            ReadReceipts receipts,
            SendQueue queue,
            ApplicationEventPublisher events,
            Clock clock) {
        this.receipts = receipts;
        this.queue = queue;
        this.conversations = conversations;
        this.state = state;
        this.timeline = timeline;
        this.users = users;
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    /** Validates the whole update first, then applies each field; nothing changes when a field is invalid. */
    public ConversationView update(WorkspaceId workspace, UUID id, ConversationUpdate update, UUID actor) {
        ConversationView conversation = existing(workspace, id);
        Validated valid = validate(workspace, update);
        Instant now = Instant.now(clock);
        if (update.status() != null && state.status(id, update.status(), now)) {
            record(workspace, id, actor, "closed".equals(update.status()) ? "closed" : "reopened", null, now);
        }
        if (update.priority() != null && state.priority(id, update.priority(), now)) {
            record(workspace, id, actor, "priority", update.priority(), now);
        }
        if (valid.tags() != null) {
            replaceTags(workspace, id, valid.tags(), actor, now);
        }
        if (update.assignee() != null && state.assignee(id, update.assignee().value(), now)) {
            record(
                    workspace,
                    id,
                    actor,
                    valid.assigneeName() == null ? "unassigned" : "assigned",
                    valid.assigneeName(),
                    now);
        }
        if (update.customer() != null) {
            link(workspace, conversation, update.customer().value(), valid.customerName(), actor, now);
        }
        if (update.snoozedUntil() != null
                && state.snooze(id, update.snoozedUntil().value(), now)) {
            Instant until = update.snoozedUntil().value();
            record(
                    workspace,
                    id,
                    actor,
                    until == null ? "unsnoozed" : "snoozed",
                    until == null ? null : until.toString(),
                    now);
        }
        return existing(workspace, id);
    }

    public void addNote(WorkspaceId workspace, UUID id, String text, UUID author) {
        existing(workspace, id);
        String note = text == null ? "" : text.strip();
        if (note.isEmpty() || note.length() > MAX_NOTE_LENGTH) {
            throw DomainException.invalid(
                    "text", "inbox.error.note", "A note has 1 to 4000 characters", MAX_NOTE_LENGTH);
        }
        timeline.note(workspace, id, note, author, authorName(workspace, author), Instant.now(clock));
        events.publishEvent(new ConversationChanged(workspace, id, "note"));
    }

    /**
     * The agent opened the conversation: nothing is unread any more, and with read receipts on the customer sees
     * blue ticks. Answers whether anything was unread.
     */
    public boolean markRead(WorkspaceId workspace, UUID id) {
        existing(workspace, id);
        boolean changed = state.markRead(id, Instant.now(clock));
        if (changed) {
            receipts.toSend(id).ifPresent(queue::enqueueReadReceipt);
            events.publishEvent(new ConversationChanged(workspace, id, "read"));
        }
        return changed;
    }

    public List<String> tagSuggestions(WorkspaceId workspace) {
        return state.workspaceTags(workspace.value(), 50);
    }

    private void replaceTags(WorkspaceId workspace, UUID id, List<String> tags, UUID actor, Instant now) {
        List<String> before = state.tags(id);
        if (before.equals(tags)) {
            return;
        }
        state.replaceTags(id, tags, now);
        List<String> added = new ArrayList<>(tags);
        added.removeAll(before);
        List<String> removed = new ArrayList<>(before);
        removed.removeAll(tags);
        timeline.event(
                workspace,
                id,
                actor,
                authorName(workspace, actor),
                "tags",
                Map.of("added", added, "removed", removed),
                now);
        events.publishEvent(new ConversationChanged(workspace, id, "tags"));
    }

    private void link(
            WorkspaceId workspace,
            ConversationView conversation,
            UUID customerId,
            String customerName,
            UUID actor,
            Instant now) {
        if (!state.customer(conversation.id(), customerId, now)) {
            return;
        }
        record(workspace, conversation.id(), actor, customerId == null ? "unlinked" : "linked", customerName, now);
    }

    private void record(WorkspaceId workspace, UUID id, UUID actor, String event, String value, Instant now) {
        timeline.event(
                workspace,
                id,
                actor,
                authorName(workspace, actor),
                event,
                value == null ? Map.of() : Map.of("value", value),
                now);
        events.publishEvent(new ConversationChanged(workspace, id, changeOf(event)));
    }

    private static String changeOf(String event) {
        return switch (event) {
            case "closed", "reopened" -> "status";
            case "assigned", "unassigned" -> "assignee";
            case "linked", "unlinked" -> "customer";
            case "snoozed", "unsnoozed" -> "snooze";
            default -> event;
        };
    }

    private record Validated(List<String> tags, String assigneeName, String customerName) {}

    private Validated validate(WorkspaceId workspace, ConversationUpdate update) {
        if (update.status() != null && !List.of("open", "closed").contains(update.status())) {
            throw DomainException.invalid("status", "inbox.error.status", "status must be open or closed");
        }
        if (update.priority() != null && !ConversationFilter.PRIORITIES.contains(update.priority())) {
            throw DomainException.invalid(
                    "priority", "inbox.error.priority", "priority must be normal, high or urgent");
        }
        List<String> tags = update.tags() == null ? null : normalizeTags(update.tags());
        String assigneeName = null;
        if (update.assignee() != null && update.assignee().value() != null) {
            assigneeName = activeUser(workspace, update.assignee().value()).name();
        }
        String customerName = null;
        if (update.customer() != null && update.customer().value() != null) {
            customerName = customers.get(workspace, update.customer().value()).name();
        }
        if (update.snoozedUntil() != null
                && update.snoozedUntil().value() != null
                && !update.snoozedUntil().value().isAfter(Instant.now(clock))) {
            throw DomainException.invalid("snoozedUntil", "inbox.error.snooze", "Snooze until a future moment");
        }
        return new Validated(tags, assigneeName, customerName);
    }

    /** Tags are trimmed, lower-cased and unique, in the order given; each 1 to 50 characters, at most 20. */
    static List<String> normalizeTags(List<String> tags) {
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (String tag : tags) {
            String clean =
                    tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (clean.isEmpty() || clean.length() > MAX_TAG_LENGTH) {
                throw DomainException.invalid(
                        "tags", "inbox.error.tag", "A tag has 1 to 50 characters", MAX_TAG_LENGTH);
            }
            unique.add(clean);
        }
        if (unique.size() > MAX_TAGS) {
            throw DomainException.invalid("tags", "inbox.error.tags", "At most 20 tags", MAX_TAGS);
        }
        return unique.stream().sorted().toList();
    }

    private UserView activeUser(WorkspaceId workspace, UUID userId) {
        return users.list(workspace).stream()
                .filter(user -> user.id().equals(userId) && user.active())
                .findFirst()
                .orElseThrow(() -> DomainException.invalid(
                        "assigneeId", "inbox.error.assignee", "Not an active user of this workspace", userId));
    }

    private String authorName(WorkspaceId workspace, UUID userId) {
        if (userId == null) {
            return null;
        }
        return users.list(workspace).stream()
                .filter(user -> user.id().equals(userId))
                .map(UserView::name)
                .findFirst()
                .orElse(null);
    }

    private ConversationView existing(WorkspaceId workspace, UUID id) {
        return conversations
                .find(workspace.value(), id)
                .orElseThrow(() -> DomainException.notFound("Conversation", id));
    }
}
