package io.conversa.inbox.web;

import io.conversa.identity.CurrentUser;
import io.conversa.inbox.Inbox;
import io.conversa.inbox.MessageView;
import io.conversa.inbox.SendRequest;
import io.conversa.inbox.TemplateRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Conversations", description = "WhatsApp conversations and their messages")
class MessageApiController {

    /** {@code {"to": "+56 9 1234 5678", "template": {...}}}: a template to any number. */
    record NewMessage(@NotBlank String to, TemplateRequest template) {}

    private final Inbox inbox;

    MessageApiController(Inbox inbox) {
        this.inbox = inbox;
    }

    /**
     * Sends an approved template to any number in any format, starting or continuing its conversation (linked to
     * the customer whose phone matches): 202 with the stored message; 422 for a template that is not approved or
     * the wrong number of variables. Honours {@code Idempotency-Key}.
     */
    @PostMapping("/api/v1/messages")
    ResponseEntity<MessageView> send(
            CurrentUser user,
            @RequestBody NewMessage message,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        SendRequest request = new SendRequest("template", null, null, null, message.template());
        MessageView sent = inbox.sendToNumber(user.workspaceId(), message.to(), request, user.userId(), idempotencyKey);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(sent);
    }
}
