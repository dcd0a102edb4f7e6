package io.conversa.replies.web;

import io.conversa.identity.CurrentUser;
import io.conversa.replies.CannedReplies;
import io.conversa.replies.CannedReplyInput;
import io.conversa.replies.CannedReplyView;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/canned-replies")
@Tag(name = "Canned replies", description = "Saved answers agents insert in the chat with / and a shortcut")
class CannedReplyApiController {

    private final CannedReplies replies;

    CannedReplyApiController(CannedReplies replies) {
        this.replies = replies;
    }

    /** The workspace's replies; {@code q} filters by shortcut prefix or title words. */
    @GetMapping
    Map<String, List<CannedReplyView>> list(CurrentUser user, @RequestParam(required = false) String q) {
        return Map.of("items", replies.list(user.workspaceId(), q));
    }

    @GetMapping("/{id}")
    CannedReplyView get(CurrentUser user, @PathVariable UUID id) {
        return replies.get(user.workspaceId(), id);
    }

    @PostMapping
    ResponseEntity<CannedReplyView> create(CurrentUser user, @RequestBody CannedReplyInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(replies.create(user.workspaceId(), user.userId(), input));
    }

    @PutMapping("/{id}")
    CannedReplyView update(CurrentUser user, @PathVariable UUID id, @RequestBody CannedReplyInput input) {
        return replies.update(user.workspaceId(), id, input);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(CurrentUser user, @PathVariable UUID id) {
        replies.delete(user.workspaceId(), id);
        return ResponseEntity.noContent().build();
    }
}
