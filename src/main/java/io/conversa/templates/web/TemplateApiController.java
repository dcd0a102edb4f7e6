package io.conversa.templates.web;

import io.conversa.core.DomainException;
import io.conversa.identity.CurrentUser;
import io.conversa.settings.Channels;
import io.conversa.templates.TemplateDraft;
import io.conversa.templates.TemplateView;
import io.conversa.templates.Templates;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/templates")
@Tag(name = "Templates", description = "WhatsApp message templates")
class TemplateApiController {

    /** A template as the API lists it; {@code components} as Meta describes them. */
    record TemplateJson(
            UUID id,
            String name,
            String language,
            String status,
            String category,
            String parameterFormat,
            JsonNode components,
            String quality,
            String rejectedReason) {}

    private final Templates templates;
    private final Channels channels;
    private final JsonMapper json;

    TemplateApiController(Templates templates, Channels channels, JsonMapper json) {
        this.templates = templates;
        this.channels = channels;
        this.json = json;
    }

    @GetMapping
    Map<String, Object> list(
            CurrentUser user,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String language) {
        List<TemplateJson> items = templates.list(user.workspaceId(), status, category, language).stream()
                .map(this::json)
                .toList();
        return Map.of("items", items);
    }

    /** Brings the catalog up to date with Meta, every page. */
    @PostMapping("/sync")
    Templates.SyncResult sync(CurrentUser user) {
        return templates.sync(user.workspaceId());
    }

    /** Submits a new template to Meta on the workspace's first number; 201 with its review status. */
    @PostMapping
    ResponseEntity<TemplateJson> create(CurrentUser user, @RequestBody TemplateDraft draft) {
        UUID channel = channels.primary(user.workspaceId())
                .orElseThrow(() -> new DomainException(
                        DomainException.Kind.UNPROCESSABLE,
                        "inbox.error.noChannel",
                        "Connect a WhatsApp number first",
                        List.of()))
                .id();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(json(templates.create(user.workspaceId(), channel, draft)));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(CurrentUser user, @PathVariable UUID id) {
        templates.delete(user.workspaceId(), id);
        return ResponseEntity.noContent().build();
    }

    private TemplateJson json(TemplateView t) {
        return new TemplateJson(
                t.id(),
                t.name(),
                t.language(),
                t.status(),
                t.category(),
                t.parameterFormat(),
                json.readTree(t.componentsJson()),
                t.quality(),
                t.rejectedReason());
    }
}
