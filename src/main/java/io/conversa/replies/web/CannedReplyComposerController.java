package io.conversa.replies.web;

import io.conversa.identity.CurrentUser;
import io.conversa.replies.CannedReplies;
import io.conversa.replies.ExpandedReply;
import io.conversa.replies.ReplyContext;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the chat composer fetches from the page (the signed-in session, CSRF header on POST): the replies matching
 * what follows the {@code /}, and one reply expanded for the open conversation. Errors are problem details.
 */
@RestController
class CannedReplyComposerController {

    static final int MAX_SUGGESTIONS = 20;

    /** A suggestion of the {@code /} popup; {@code text} still with its variables. */
    record Suggestion(UUID id, String shortcut, String title, String text) {}

    /** Whom the reply is for: the linked customer, else the contact's WhatsApp profile name. */
    record ExpandRequest(UUID customerId, String contactName) {}

    private final CannedReplies replies;

    CannedReplyComposerController(CannedReplies replies) {
        this.replies = replies;
    }

    @GetMapping("/canned-replies.json")
    List<Suggestion> suggestions(CurrentUser me, @RequestParam(defaultValue = "") String q) {
        return replies.list(me.workspaceId(), q).stream()
                .limit(MAX_SUGGESTIONS)
                .map(r -> new Suggestion(r.id(), r.shortcut(), r.title(), r.text()))
                .toList();
    }

    @PostMapping(path = "/canned-replies/{id}/expand", consumes = MediaType.APPLICATION_JSON_VALUE)
    ExpandedReply expandJson(CurrentUser me, @PathVariable UUID id, @RequestBody ExpandRequest request) {
        return expand(me, id, request);
    }

    @PostMapping("/canned-replies/{id}/expand")
    ExpandedReply expandForm(
            CurrentUser me,
            @PathVariable UUID id,
            @RequestParam(required = false) UUID customerId,
            @RequestParam(required = false) String contactName) {
        return expand(me, id, new ExpandRequest(customerId, contactName));
    }

    private ExpandedReply expand(CurrentUser me, UUID id, ExpandRequest request) {
        return replies.expand(
                me.workspaceId(), id, new ReplyContext(request.customerId(), request.contactName(), me.name()));
    }
}
