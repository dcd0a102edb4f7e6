package io.conversa.inbox.web;

import io.conversa.core.DomainException;
import io.conversa.core.E164;
import io.conversa.identity.CurrentUser;
import io.conversa.inbox.ConversationFilter;
import io.conversa.inbox.ConversationPage;
import io.conversa.inbox.ConversationUpdate;
import io.conversa.inbox.ConversationView;
import io.conversa.inbox.Inbox;
import io.conversa.inbox.MessageView;
import io.conversa.inbox.SendRequest;
import io.conversa.inbox.TabCounts;
import io.conversa.receivables.Customers;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/conversations")
@Tag(name = "Conversations", description = "WhatsApp conversations and their messages")
class ConversationApiController {

    private static final int MAX_SIZE = 200;

    private final Inbox inbox;
    private final Customers customers;

    ConversationApiController(Inbox inbox, Customers customers) {
        this.inbox = inbox;
        this.customers = customers;
    }

    /**
     * Conversations in the inbox's order (urgent first, then high, then newest message), filtered as the inbox
     * filters; {@code status} open (not snoozed), snoozed, closed or all; {@code phone} in any format. Keyset
     * pagination: pass the answer's {@code next} as {@code cursor} for the following page.
     */
    @GetMapping
    Map<String, Object> list(
            CurrentUser user,
            @RequestParam(defaultValue = "all") String status,
            @RequestParam(required = false) String priority,
            @RequestParam(required = false) String tag,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) Boolean linked,
            @RequestParam(required = false) UUID assigneeId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) UUID customerId,
            @RequestParam(required = false) String sentiment,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "50") int size) {
        if (!ConversationFilter.TABS.contains(status)) {
            throw DomainException.invalid(
                    "status", "inbox.error.tab", "status must be open, snoozed, closed or all", status);
        }
        if (priority != null && !ConversationFilter.PRIORITIES.contains(priority)) {
            throw DomainException.invalid(
                    "priority", "inbox.error.priority", "priority must be normal, high or urgent");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw DomainException.invalid("size", "error.size", "size must be between 1 and " + MAX_SIZE, MAX_SIZE);
        }
        if (sentiment != null && !ConversationFilter.SENTIMENTS.contains(sentiment)) {
            throw DomainException.invalid(
                    "sentiment", "inbox.error.sentiment", "sentiment must be positive, neutral or negative");
        }
        if (topic != null && !ConversationFilter.TOPICS.contains(topic)) {
            throw DomainException.invalid(
                    "topic", "inbox.error.topic", "topic must be one of " + ConversationFilter.TOPICS);
        }
        String waId = phone == null ? null : waId(user, phone);
        var filter = new ConversationFilter(
                status, priority, tag, unread, linked, assigneeId, q, waId, customerId, sentiment, topic);
        ConversationPage page = inbox.conversations(user.workspaceId(), filter, cursor, size);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items());
        body.put("next", page.next());
        return body;
    }

    /** How many conversations each tab holds ({@code open}, {@code snoozed}, {@code closed}, {@code all}) under the filters. */
    @GetMapping("/counts")
    TabCounts counts(
            CurrentUser user,
            @RequestParam(required = false) String priority,
            @RequestParam(required = false) String tag,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) Boolean linked,
            @RequestParam(required = false) UUID assigneeId,
            @RequestParam(required = false) String q) {
        var filter = new ConversationFilter("all", priority, tag, unread, linked, assigneeId, q, null, null);
        return inbox.tabCounts(user.workspaceId(), filter);
    }

    @GetMapping("/{id}")
    ConversationView get(CurrentUser user, @PathVariable UUID id) {
        return inbox.conversation(user.workspaceId(), id);
    }

    @GetMapping("/{id}/messages")
    Map<String, List<MessageView>> messages(CurrentUser user, @PathVariable UUID id) {
        return Map.of("items", inbox.messages(user.workspaceId(), id));
    }

    /**
     * Sends free text ({@code {"type":"text","text":"…"}}) inside the 24-hour window: 202 with the stored message,
     * 422 outside the window. A retried request with the same {@code Idempotency-Key} sends nothing new.
     */
    @PostMapping("/{id}/messages")
    ResponseEntity<MessageView> send(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestBody SendRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        MessageView sent = inbox.send(user.workspaceId(), id, request, user.userId(), idempotencyKey);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(sent);
    }

    /**
     * Changes any of {@code status} (open|closed), {@code priority} (normal|high|urgent), {@code tags} (the whole
     * list), {@code assigneeId}, {@code customerId} and {@code snoozedUntil} (ISO-8601); null clears the last three.
     * All or nothing: one invalid field changes nothing.
     */
    @PatchMapping("/{id}")
    ConversationView update(CurrentUser user, @PathVariable UUID id, @RequestBody JsonNode body) {
        ConversationUpdate update = ConversationPatch.read(body);
        return inbox.update(user.workspaceId(), id, update, user.userId());
    }

    /** A note between agents, never sent to WhatsApp: {@code {"text":"…"}} → 201. */
    @PostMapping("/{id}/notes")
    ResponseEntity<Void> addNote(CurrentUser user, @PathVariable UUID id, @RequestBody NoteRequest note) {
        inbox.addNote(user.workspaceId(), id, note.text(), user.userId());
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    record NoteRequest(String text) {}

    private String waId(CurrentUser user, String phone) {
        return customers
                .normalizePhone(user.workspaceId(), phone)
                .map(E164::digits)
                .orElseGet(() -> phone.replaceAll("\\D", ""));
    }
}
