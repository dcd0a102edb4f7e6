package io.conversa.inbox;

import io.conversa.core.DomainException;
import io.conversa.core.WorkspaceId;
import io.conversa.inbox.internal.ConversationQueries;
import io.conversa.inbox.internal.ConversationStore;
import io.conversa.inbox.internal.ConversationWorkflow;
import io.conversa.inbox.internal.InboundMessages;
import io.conversa.inbox.internal.MessageStore;
import io.conversa.inbox.internal.NewConversations;
import io.conversa.inbox.internal.OutboundMessages;
import io.conversa.inbox.internal.SendTarget;
import io.conversa.inbox.internal.StatusApplier;
import io.conversa.inbox.internal.TimelineEntries;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inbox's use cases: receive what WhatsApp delivers, send what agents write, and read conversations. */
@Service
public class Inbox {

    private final InboundMessages inbound;
    private final OutboundMessages outbound;
    private final StatusApplier statuses;
    private final ConversationStore conversations;
    private final MessageStore messages;
    private final NewConversations startConversations;
    private final ConversationQueries queries;
    private final ConversationWorkflow workflow;
    private final ApplicationEventPublisher events;
    private final TimelineEntries timeline;
    private final Clock clock;

    Inbox(
            InboundMessages inbound,
            OutboundMessages outbound,
            StatusApplier statuses,
            ConversationStore conversations,
            MessageStore messages,
            NewConversations startConversations,
            ConversationQueries queries,
            ConversationWorkflow workflow,
            ApplicationEventPublisher events,
            TimelineEntries timeline,
            Clock clock) {
        this.events = events;
        this.timeline = timeline;
        this.clock = clock;
        this.queries = queries;
        this.workflow = workflow;
        this.startConversations = startConversations;
        this.inbound = inbound;
        this.outbound = outbound;
        this.statuses = statuses;
        this.conversations = conversations;
        this.messages = messages;
    }

    /**
     * Stores one webhook delivery's messages and statuses for a number, all or nothing: redelivered messages are
     * ignored, conversations open or reopen, the window moves, new contacts are linked to their customer.
     */
    @Transactional
    public ReceiveResult receive(ChannelRef channel, List<InboundMessage> messages, List<StatusUpdate> statusUpdates) {
        int stored = 0;
        for (InboundMessage message : messages) {
            stored += inbound.receive(channel, message) ? 1 : 0;
        }
        statusUpdates.forEach(status -> statuses.apply(channel.channelId(), status));
        return new ReceiveResult(stored, messages.size() - stored, statusUpdates.size());
    }

    /**
     * Stores a message to send and queues it; free text only inside the 24-hour window. With an idempotency key, a
     * repeated request answers the message the first one created and sends nothing new.
     */
    @Transactional
    public MessageView send(
            WorkspaceId workspace, UUID conversationId, SendRequest request, UUID sentBy, String idempotencyKey) {
        UUID messageId = outbound.send(workspace, conversationId, request, sentBy, idempotencyKey)
                .messageId();
        return messages.view(workspace.value(), messageId).orElseThrow();
    }

    /**
     * Sends as {@link #send} and records a system event in the thread with the message (as {@link #recordEvent}, e.g.
     * "Link de pago enviado"), once: a repeated request with the same key answers the first message and records
     * nothing again.
     */
    @Transactional
    public MessageView sendWithEvent(
            WorkspaceId workspace,
            UUID conversationId,
            SendRequest request,
            UUID sentBy,
            String idempotencyKey,
            String event,
            String value) {
        OutboundMessages.Stored stored = outbound.send(workspace, conversationId, request, sentBy, idempotencyKey);
        if (stored.created()) {
            recordEvent(workspace, conversationId, event, value, sentBy, "message");
        }
        return messages.view(workspace.value(), stored.messageId()).orElseThrow();
    }

    /**
     * Starts or continues the conversation with any number, typed in any format (read with the workspace's default
     * country), on the workspace's first WhatsApp number, linking it to its customer, then sends as {@link #send}.
     */
    @Transactional
    public MessageView sendToNumber(
            WorkspaceId workspace, String to, SendRequest request, UUID sentBy, String idempotencyKey) {
        UUID conversationId = startConversations.withNumber(workspace, to);
        return send(workspace, conversationId, request, sentBy, idempotencyKey);
    }

    /**
     * Sends to many numbers as {@link #sendToNumber} does, all or nothing in one transaction (a bulk send's chunk):
     * every message stored, and their deliveries queued together so one durable task sends them, each attempt
     * recorded before its call. A refusal of any one (a number that is not one, a template that cannot be used)
     * stores none of them.
     */
    @Transactional
    public List<QueuedMessage> sendToNumbers(WorkspaceId workspace, List<NumberedSend> sends, UUID sentBy) {
        Map<String, SendTarget> targets = startConversations.withNumbers(
                workspace, sends.stream().map(NumberedSend::to).toList());
        List<OutboundMessages.Addressed> addressed = sends.stream()
                .map(send ->
                        new OutboundMessages.Addressed(targets.get(send.to()), send.request(), send.idempotencyKey()))
                .toList();
        List<OutboundMessages.Stored> stored = outbound.storeAll(workspace, addressed, sentBy);
        List<QueuedMessage> queued = new ArrayList<>(sends.size());
        for (int i = 0; i < sends.size(); i++) {
            queued.add(new QueuedMessage(
                    stored.get(i).messageId(), addressed.get(i).target().conversationId()));
        }
        outbound.queueTogether(stored.stream()
                .filter(OutboundMessages.Stored::created)
                .map(OutboundMessages.Stored::messageId)
                .toList());
        return queued;
    }

    /**
     * Keeps the newest AI insight's sentiment and topics on the conversation, so the list filters by them, and tells
     * open inboxes.
     */
    @Transactional
    public void labelInsight(WorkspaceId workspace, UUID conversationId, String sentiment, List<String> topics) {
        if (conversations.labelInsight(workspace.value(), conversationId, sentiment, topics, clock.instant())) {
            events.publishEvent(new ConversationChanged(workspace, conversationId, "insight"));
        }
    }

    /**
     * A system event another module records in a conversation's thread (a payment link sent, a payment received),
     * shown in each reader's language ({@code inbox.event.<event>} with {@code value}), and open inboxes redraw the
     * conversation and its panel ({@code change}).
     */
    @Transactional
    public void recordEvent(
            WorkspaceId workspace, UUID conversationId, String event, String value, UUID actor, String change) {
        conversation(workspace, conversationId);
        timeline.event(workspace, conversationId, actor, null, event, Map.of("value", value), clock.instant());
        events.publishEvent(new ConversationChanged(workspace, conversationId, change));
    }

    /** Whether {@link #retry} would accept this message: it failed with a temporary error. */
    public boolean canRetry(MessageView message) {
        return outbound.canRetry(message);
    }

    /** Sends a message that failed with a temporary error again (refused for any other failure). */
    @Transactional
    public void retry(WorkspaceId workspace, UUID messageId) {
        outbound.retry(workspace, messageId);
    }

    public ConversationView conversation(WorkspaceId workspace, UUID id) {
        return conversations
                .find(workspace.value(), id)
                .orElseThrow(() -> DomainException.notFound("Conversation", id));
    }

    /** One page of the list, in the order agents work in; {@code cursor} is the previous page's {@code next}. */
    public ConversationPage conversations(WorkspaceId workspace, ConversationFilter filter, String cursor, int limit) {
        return queries.page(workspace, filter, cursor, limit);
    }

    public TabCounts tabCounts(WorkspaceId workspace, ConversationFilter filter) {
        return queries.counts(workspace, filter);
    }

    /** Applies an agent's changes, all or nothing, each recorded in the thread as a system event. */
    @Transactional
    public ConversationView update(WorkspaceId workspace, UUID id, ConversationUpdate update, UUID actor) {
        return workflow.update(workspace, id, update, actor);
    }

    /** A note between agents, shown in the thread and never sent to WhatsApp. */
    @Transactional
    public void addNote(WorkspaceId workspace, UUID id, String text, UUID author) {
        workflow.addNote(workspace, id, text, author);
    }

    /** The conversation was opened: clears its unread count (and sends a read receipt when enabled). */
    @Transactional
    public boolean markRead(WorkspaceId workspace, UUID id) {
        return workflow.markRead(workspace, id);
    }

    /** Tags already used on conversations, most used first. */
    public List<String> tagSuggestions(WorkspaceId workspace) {
        return workflow.tagSuggestions(workspace);
    }

    /** The newest {@code limit} messages before a moment (null: the latest), oldest first. */
    public List<MessageView> recentMessages(WorkspaceId workspace, UUID conversationId, Instant before, int limit) {
        conversation(workspace, conversationId);
        return messages.recent(workspace.value(), conversationId, before, limit);
    }

    /** One message of the workspace (empty when there is none, or it is another workspace's). */
    public Optional<MessageView> message(WorkspaceId workspace, UUID messageId) {
        return messages.view(workspace.value(), messageId);
    }

    /** The WhatsApp ids of the contacts who wrote since then, on any of the workspace's numbers. */
    public Set<String> contactsWhoWroteSince(WorkspaceId workspace, Instant since) {
        return conversations.contactsWhoWroteSince(workspace.value(), since);
    }

    public List<MessageView> messages(WorkspaceId workspace, UUID conversationId) {
        conversation(workspace, conversationId);
        return messages.ofConversation(workspace.value(), conversationId);
    }
}
