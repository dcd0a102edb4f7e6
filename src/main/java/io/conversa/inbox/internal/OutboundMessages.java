package io.conversa.inbox.internal;

import io.conversa.core.DomainException;
import io.conversa.core.WorkspaceId;
import io.conversa.inbox.ConversationChanged;
import io.conversa.inbox.ConversationView;
import io.conversa.inbox.MessageView;
import io.conversa.inbox.SendRequest;
import io.conversa.inbox.spi.ErrorExplanations;
import io.conversa.templates.RenderedTemplate;
import io.conversa.templates.TemplateView;
import io.conversa.templates.Templates;
import jakarta.validation.Validator;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accepts a send: checks the window rule, stores the message as pending and queues its delivery, in the caller's
 * transaction, so a message is never sent without being stored first.
 */
@Component
public class OutboundMessages {

    private final ConversationStore conversations;
    private final MessageStore messages;
    private final SendQueue queue;
    private final JdbcClient jdbc;
    private final Validator validator;
    private final Templates templates;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final ErrorExplanations explanations;
    private final Clock clock;

    OutboundMessages(
            ConversationStore conversations,
            MessageStore messages,
            SendQueue queue,
            JdbcClient jdbc,
            Validator validator,
            Templates templates,
            JsonMapper json,
            ApplicationEventPublisher events,
            ErrorExplanations explanations,
            Clock clock) {
        this.explanations = explanations;
        this.events = events;
        this.templates = templates;
        this.json = json;
        this.conversations = conversations;
        this.messages = messages;
        this.queue = queue;
        this.jdbc = jdbc;
        this.validator = validator;
        this.clock = clock;
    }

    /** A stored message; {@code created} false when an earlier request with the same key had stored it. */
    public record Stored(UUID messageId, boolean created) {}

    public UUID send(WorkspaceId workspace, UUID conversationId, SendRequest request, UUID sentBy, String key) {
        Stored stored = store(workspace, conversationId, request, sentBy, key);
        if (stored.created()) {
            queue.enqueue(stored.messageId());
        }
        return stored.messageId();
    }

    /** Queues stored messages' deliveries as one task (see {@link #store}). */
    public void queueTogether(List<UUID> messageIds) {
        queue.enqueueTogether(messageIds);
    }

    /** Stores a message to send as {@link #send} does, without queueing its delivery. */
    public Stored store(WorkspaceId workspace, UUID conversationId, SendRequest request, UUID sentBy, String key) {
        validate(request);
        Instant now = Instant.now(clock);
        UUID messageId = UUID.randomUUID();
        if (key != null && !key.isBlank()) {
            Optional<UUID> earlier = claim(workspace, key.trim(), messageId, now);
            if (earlier.isPresent()) {
                return new Stored(earlier.get(), false);
            }
        }
        ConversationView conversation = conversations
                .find(workspace.value(), conversationId)
                .orElseThrow(() -> DomainException.notFound("Conversation", conversationId));
        String replyTo = request.replyTo() == null ? null : replyTarget(workspace, conversationId, request.replyTo());
        UUID ws = workspace.value();
        MessageStore.OutboundRow row;
        if (request.isTemplate()) {
            RenderedTemplate rendered = render(workspace, conversation, request);
            row = new MessageStore.OutboundRow(
                    messageId,
                    ws,
                    conversationId,
                    conversation.channelId(),
                    "template",
                    rendered.text(),
                    json.writeValueAsString(rendered),
                    replyTo,
                    sentBy);
        } else {
            requireOpenWindow(conversation, request, now);
            row = new MessageStore.OutboundRow(
                    messageId,
                    ws,
                    conversationId,
                    conversation.channelId(),
                    "text",
                    request.text(),
                    null,
                    replyTo,
                    sentBy);
        }
        messages.insertOutbound(row, now);
        conversations.recordOwnMessage(
                conversationId, "outbound", ConversationStore.Preview.of(row.type(), row.text()), now);
        events.publishEvent(new ConversationChanged(workspace, conversationId, "message"));
        return new Stored(messageId, true);
    }

    /**
     * Sends a failed message again, as the same message: only when its error is temporary (Meta never took it, so
     * nothing can arrive twice). Anything else is refused with the reason.
     */
    public void retry(WorkspaceId workspace, UUID messageId) {
        MessageView message = messages.view(workspace.value(), messageId)
                .orElseThrow(() -> DomainException.notFound("Message", messageId));
        if (!canRetry(message)) {
            throw new DomainException(
                    DomainException.Kind.UNPROCESSABLE,
                    "inbox.error.notRetryable",
                    "Only a message that failed with a temporary error can be sent again",
                    List.of());
        }
        if (messages.requeueFailed(workspace.value(), messageId, Instant.now(clock))) {
            queue.enqueue(messageId);
            events.publishEvent(new ConversationChanged(workspace, message.conversationId(), "message"));
        }
    }

    public boolean canRetry(MessageView message) {
        return "outbound".equals(message.direction())
                && "failed".equals(message.status())
                && explanations.retryable(message.errorCode());
    }

    private void requireOpenWindow(ConversationView conversation, SendRequest request, Instant now) {
        if (request.text() == null || request.text().isBlank()) {
            throw DomainException.invalid("text", "inbox.error.textRequired", "text is required for a text message");
        }
        if (!conversation.windowOpen(now)) {
            throw new DomainException(
                    DomainException.Kind.UNPROCESSABLE,
                    "inbox.error.windowClosed",
                    "The customer's last message is more than 24 hours old: send an approved template instead",
                    List.of());
        }
    }

    /** Only an approved template, with exactly its variables: anything else is refused before it is stored. */
    private RenderedTemplate render(WorkspaceId workspace, ConversationView conversation, SendRequest request) {
        if (request.template() == null) {
            throw DomainException.invalid("template", "inbox.error.templateRequired", "template is required");
        }
        TemplateView template = templates.approved(
                workspace,
                conversation.channelId(),
                request.template().name(),
                request.template().language());
        return templates.render(
                workspace, template, TemplateRequestArguments.of(request.template()), conversation.customerId());
    }

    /** Records the key; answers the message of an earlier request with the same key, if there was one. */
    private Optional<UUID> claim(WorkspaceId workspace, String key, UUID messageId, Instant now) {
        if (key.length() > 200) {
            throw DomainException.invalid("Idempotency-Key", "inbox.error.keyTooLong", "Idempotency-Key too long");
        }
        int claimed = jdbc.sql("""
                        INSERT INTO send_request (workspace_id, idempotency_key, message_id, created_at)
                        VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(workspace.value(), key, messageId, Timestamp.from(now))
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT message_id FROM send_request WHERE workspace_id = ? AND idempotency_key = ?")
                .params(workspace.value(), key)
                .query(UUID.class)
                .optional();
    }

    private String replyTarget(WorkspaceId workspace, UUID conversationId, UUID replyTo) {
        return messages.view(workspace.value(), replyTo)
                .filter(m -> m.conversationId().equals(conversationId) && m.waMessageId() != null)
                .map(m -> m.waMessageId())
                .orElseThrow(() -> DomainException.invalid(
                        "replyTo", "inbox.error.replyTo", "replyTo is not a delivered message of this conversation"));
    }

    private void validate(SendRequest request) {
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations.stream()
                    .map(v -> io.conversa.core.FieldProblem.resolved(
                            v.getPropertyPath().toString(), v.getMessage()))
                    .toList());
        }
    }
}
