package io.conversa.sandbox.web;

import io.conversa.sandbox.internal.GraphError;
import io.conversa.sandbox.internal.SandboxTemplates;
import io.conversa.sandbox.internal.SandboxTemplates.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fake Cloud API's template management, in Meta's wire format under {@code /sandbox/graph/v<version>/{waba-id}}:
 * {@code GET /message_templates} (Meta's paging: {@code limit}, {@code after} cursor, absolute {@code paging.next}),
 * {@code POST /message_templates} (answers {@code PENDING}; the review's webhook follows) and
 * {@code DELETE /message_templates?name=}.
 */
@RestController
@RequestMapping("/sandbox/graph")
@ConditionalOnProperty(name = "conversa.sandbox.enabled", havingValue = "true")
class FakeGraphTemplatesController extends GraphEndpoint {

    /** Meta's page size when the request sets no {@code limit}. */
    static final int DEFAULT_LIMIT = 25;

    private static final String TEMPLATES = VERSION + "/{wabaId}/message_templates";

    private final SandboxTemplates templates;

    FakeGraphTemplatesController(Environment environment, SandboxTemplates templates) {
        super(environment);
        this.templates = templates;
    }

    @GetMapping(TEMPLATES)
    Map<String, Object> list(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @PathVariable String wabaId,
            @RequestParam(required = false) String fields,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String after) {
        authorizeAccount(authorization, wabaId, "get");
        int pageLimit = limit(limit);
        Page page = templates.page(blankToNull(after), pageLimit);
        List<ObjectNode> data = page.templates().stream()
                .map(template -> SandboxTemplates.withFields(template, fields))
                .toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("data", data);
        if (!data.isEmpty()) {
            Map<String, Object> paging = new LinkedHashMap<>();
            paging.put("cursors", Map.of("before", page.before(), "after", page.after()));
            if (page.more()) {
                paging.put("next", next(fields, pageLimit, page.after()));
            }
            answer.put("paging", paging);
        }
        return answer;
    }

    @PostMapping(TEMPLATES)
    Map<String, Object> create(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @PathVariable String wabaId,
            @RequestBody(required = false) byte[] body) {
        authorizeAccount(authorization, wabaId, "post");
        ObjectNode stored = templates.submit(json(body));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", stored.path("id").stringValue());
        answer.put("status", stored.path("status").stringValue());
        answer.put("category", stored.path("category").stringValue());
        return answer;
    }

    @DeleteMapping(TEMPLATES)
    Map<String, Object> delete(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @PathVariable String wabaId,
            @RequestParam(required = false) String name,
            @RequestParam(name = "hsm_id", required = false) String hsmId) {
        authorizeAccount(authorization, wabaId, "delete");
        if (name == null || name.isBlank()) {
            throw GraphError.requiredParameter("name").exception();
        }
        templates.delete(name.strip(), blankToNull(hsmId));
        return Map.of("success", true);
    }

    /** The absolute URL of the next page, as Meta writes it: same fields and limit, and the {@code after} cursor. */
    private static String next(String fields, int limit, String after) {
        UriComponentsBuilder next = ServletUriComponentsBuilder.fromCurrentRequestUri();
        if (fields != null) {
            next.queryParam("fields", fields);
        }
        return next.queryParam("limit", limit)
                .queryParam("after", after)
                .build()
                .encode()
                .toUriString();
    }

    /** As {@link #authorize}, and the path's account id must be the sandbox's business account (else code 100). */
    private void authorizeAccount(String authorization, String wabaId, String method) {
        if (!authorize(authorization).businessAccountId().equals(wabaId)) {
            throw GraphError.unknownObject(wabaId, method).exception();
        }
    }

    private static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below as Meta would
        }
        throw GraphError.invalidParameter("limit: must be a positive whole number")
                .exception();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
