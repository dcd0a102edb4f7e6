package io.conversa.campaigns.web;

import io.conversa.campaigns.BulkRecipientView;
import io.conversa.campaigns.BulkSendRequest;
import io.conversa.campaigns.BulkSendView;
import io.conversa.campaigns.BulkSends;
import io.conversa.campaigns.CreatedBulkSend;
import io.conversa.identity.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/bulk-sends")
@Tag(name = "Bulk sends", description = "One approved template to many recipients, throttled and durable")
class BulkSendApiController {

    private final BulkSends bulkSends;

    BulkSendApiController(BulkSends bulkSends) {
        this.bulkSends = bulkSends;
    }

    /** Creates a bulk send for {@code recipients} or an {@code audience}; 201 with its id and the intake report. */
    @PostMapping
    ResponseEntity<Map<String, Object>> create(CurrentUser user, @Valid @RequestBody BulkSendRequest request) {
        CreatedBulkSend created = bulkSends.create(user.workspaceId(), request, user.userId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", created.bulkSend().id());
        body.put("status", created.bulkSend().status());
        body.put("sendAt", created.bulkSend().sendAt());
        body.put("counts", created.bulkSend().counts());
        body.put("accepted", created.accepted());
        body.put("duplicates", created.duplicates());
        body.put("optedOut", created.optedOut());
        body.put("rejectedCount", created.rejectedCount());
        body.put("rejected", created.rejected());
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    @GetMapping
    Map<String, List<BulkSendView>> list(CurrentUser user) {
        return Map.of("items", bulkSends.list(user.workspaceId(), 100));
    }

    @GetMapping("/{id}")
    BulkSendView get(CurrentUser user, @PathVariable UUID id) {
        return bulkSends.get(user.workspaceId(), id);
    }

    /** Recipients in order; {@code after} is the last {@code seq} of the previous page. */
    @GetMapping("/{id}/recipients")
    Map<String, Object> recipients(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String filter,
            @RequestParam(defaultValue = "-1") int after,
            @RequestParam(defaultValue = "100") int size) {
        int limit = Math.max(1, Math.min(size, 500));
        List<BulkRecipientView> items = bulkSends.recipients(user.workspaceId(), id, filter, after, limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("next", items.size() == limit ? items.get(items.size() - 1).seq() : null);
        return body;
    }

    @PostMapping("/{id}/pause")
    BulkSendView pause(CurrentUser user, @PathVariable UUID id) {
        return bulkSends.pause(user.workspaceId(), id);
    }

    @PostMapping("/{id}/resume")
    BulkSendView resume(CurrentUser user, @PathVariable UUID id) {
        return bulkSends.resume(user.workspaceId(), id);
    }

    @PostMapping("/{id}/cancel")
    BulkSendView cancel(CurrentUser user, @PathVariable UUID id) {
        return bulkSends.cancel(user.workspaceId(), id);
    }

    /** Failed recipients with a temporary error go back to the queue; answers how many. */
    @PostMapping("/{id}/retry-failed")
    Map<String, Integer> retryFailed(CurrentUser user, @PathVariable UUID id) {
        return Map.of("requeued", bulkSends.retryFailed(user.workspaceId(), id));
    }
}
