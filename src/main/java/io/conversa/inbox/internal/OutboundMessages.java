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
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
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
    private final IdempotencyKeys keys;
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
            IdempotencyKeys keys,
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
        this.keys = keys;
        this.validator = validator;
        this.clock = clock;
    }

    /** A stored message; {@code created} false when an earlier request with the same key had stored it. */
    public record Stored(UUID messageId, boolean created) {}

    public Stored send(WorkspaceId workspace, UUID conversationId, SendRequest request, UUID sentBy, String key) {
        Stored stored = store(workspace, conversationId, request, sentBy, key);
        if (stored.created()) {
            queue.enqueue(stored.messageId());
        }
        return stored;
    }

    /** Queues stored messages' deliveries as one task (see {@link #store}). */
    public void queueTogether(List<UUID> messageIds) {
        queue.enqueueTogether(messageIds);
    }

    /** Stores a message to send as {@link #send} does, without queueing its delivery. */
    public Stored store(WorkspaceId workspace, UUID conversationId, SendRequest request, UUID sentBy, String key) {
        validate(request);
        ConversationView conversation = conversations
                .find(workspace.value(), conversationId)
                .orElseThrow(() -> DomainException.notFound("Conversation", conversationId));
        return storeAll(workspace, List.of(new Addressed(SendTarget.of(conversation), request, key)), sentBy)
                .get(0);
    }

    /** One message of a batch ({@link #storeAll}): the conversation it goes to, what to send, an idempotency key. */
    public record Addressed(SendTarget target, SendRequest request, String key) {}

    /**
     * Stores messages to send as {@link #store} does, all or nothing and set by set: the keys claimed in one batch,
     * the messages inserted in one, the conversations' newest message recorded in one, each template looked up once.
     * Answers each send's message, in order.
     */
    public List<Stored> storeAll(WorkspaceId workspace, List<Addressed> sends, UUID sentBy) {
        sends.forEach(send -> validate(send.request()));
        Instant now = Instant.now(clock);
        List<UUID> ids = sends.stream().map(send -> UUID.randomUUID()).toList();
        List<IdempotencyKeys.Claim> claims = new ArrayList<>();
        for (int i = 0; i < sends.size(); i++) {
            String key = trimmedKey(sends.get(i).key());
            if (key != null) {
                claims.add(new IdempotencyKeys.Claim(key, ids.get(i)));
            }
        }
        Map<String, UUID> holders = keys.claim(workspace, claims, now);
        ApprovedTemplates approved = new ApprovedTemplates();
        List<Stored> stored = new ArrayList<>(sends.size());
        List<MessageStore.OutboundRow> rows = new ArrayList<>(sends.size());
        for (int i = 0; i < sends.size(); i++) {
            Addressed send = sends.get(i);
            UUID holder = holders.getOrDefault(trimmedKey(send.key()), ids.get(i));
            if (!holder.equals(ids.get(i))) {
                stored.add(new Stored(holder, false));
                continue;
            }
            rows.add(row(workspace, send.target(), send.request(), ids.get(i), sentBy, now, approved));
            stored.add(new Stored(ids.get(i), true));
        }
        insert(workspace, rows, now);
        return stored;
    }

    private void insert(WorkspaceId workspace, List<MessageStore.OutboundRow> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        messages.insertOutbound(rows, now);
        Map<UUID, ConversationStore.Preview> newest = new LinkedHashMap<>();
        rows.forEach(row -> newest.put(row.conversationId(), ConversationStore.Preview.of(row.type(), row.text())));
        conversations.recordOwnMessages(newest, "outbound", now);
        newest.keySet()
                .forEach(conversationId ->
                        events.publishEvent(new ConversationChanged(workspace, conversationId, "message")));
    }

    /** The message to store: a template is rendered (approved ones only), free text needs the open window. */
    private MessageStore.OutboundRow row(
            WorkspaceId workspace,
            SendTarget target,
            SendRequest request,
            UUID messageId,
            UUID sentBy,
            Instant now,
            ApprovedTemplates approved) {
        String replyTo =
                request.replyTo() == null ? null : replyTarget(workspace, target.conversationId(), request.replyTo());
        if (request.isTemplate()) {
            RenderedTemplate rendered = render(workspace, target, request, approved);
            return new MessageStore.OutboundRow(
                    messageId,
                    workspace.value(),
                    target.conversationId(),
                    target.channelId(),
                    "template",
                    rendered.text(),
                    json.writeValueAsString(rendered),
                    replyTo,
                    sentBy);
        }
        requireOpenWindow(target, request, now);
        return new MessageStore.OutboundRow(
                messageId,
                workspace.value(),
                target.conversationId(),
                target.channelId(),
                "text",
                request.text(),
                null,
                replyTo,
                sentBy);
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

    private void requireOpenWindow(SendTarget conversation, SendRequest request, Instant now) {
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
    private RenderedTemplate render(
            WorkspaceId workspace, SendTarget conversation, SendRequest request, ApprovedTemplates approved) {
        if (request.template() == null) {
            throw DomainException.invalid("template", "inbox.error.templateRequired", "template is required");
        }
        TemplateView template = approved.get(
                workspace,
                conversation.channelId(),
                request.template().name(),
                request.template().language());
        return templates.render(
                workspace, template, TemplateRequestArguments.of(request.template()), conversation.customerId());
    }

    /** The approved templates a batch uses, each looked up once. */
    private final class ApprovedTemplates {
        private final Map<List<Object>, TemplateView> found = new HashMap<>();

        TemplateView get(WorkspaceId workspace, UUID channelId, String name, String language) {
            return found.computeIfAbsent(
                    List.of(channelId, name, language),
                    key -> templates.approved(workspace, channelId, name, language));
        }
    }

    private static String trimmedKey(String key) {
        return key == null || key.isBlank() ? null : key.trim();
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
