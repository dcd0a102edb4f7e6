package io.conversa.inbox.web;

import io.conversa.core.DomainException;
import io.conversa.core.E164;
import io.conversa.identity.CurrentUser;
import io.conversa.inbox.ConversationView;
import io.conversa.inbox.Inbox;
import io.conversa.inbox.MessageView;
import io.conversa.inbox.SendRequest;
import io.conversa.receivables.Customers;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

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

    /** Conversations, newest activity first; {@code status} open, closed or all; {@code phone} in any format. */
    @GetMapping
    Map<String, Object> list(
            CurrentUser user,
            @RequestParam(defaultValue = "all") String status,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) UUID customerId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (!List.of("open", "closed", "all").contains(status)) {
            throw DomainException.invalid("status", "inbox.error.status", "status must be open, closed or all");
        }
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw DomainException.invalid("size", "error.size", "size must be between 1 and " + MAX_SIZE, MAX_SIZE);
        }
        String waId = phone == null ? null : waId(user, phone);
        List<ConversationView> items = inbox.conversations(
                user.workspaceId(), "all".equals(status) ? null : status, waId, customerId, size, page * size);
        return Map.of("items", items, "page", page, "size", size);
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

    private String waId(CurrentUser user, String phone) {
        return customers
                .normalizePhone(user.workspaceId(), phone)
                .map(E164::digits)
                .orElseGet(() -> phone.replaceAll("\\D", ""));
    }
}
