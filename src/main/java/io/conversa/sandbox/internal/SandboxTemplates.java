package io.conversa.sandbox.internal;

import io.conversa.sandbox.SandboxProperties;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox account's message templates, in memory: the {@link TemplateCatalog} at start, then whatever the app
 * submits. A submitted template is {@code PENDING}; its review ends {@link SandboxProperties#templateReviewAfter()}
 * later with a signed {@code message_template_status_update} webhook: {@code REJECTED} ({@code INCORRECT_CATEGORY})
 * when its body contains {@value #REJECT_MARKER}, else {@code APPROVED}. Listed in pages of at most
 * {@link SandboxProperties#templatePageSize()} with opaque {@code after} cursors. Thread-safe (one lock).
 */
@Component
@ConditionalOnProperty(name = "conversa.sandbox.enabled", havingValue = "true")
public class SandboxTemplates {

    /** Put this in a template's body to have its review rejected. */
    public static final String REJECT_MARKER = "rechazar-prueba";

    /** The most templates the account holds (Meta's limit for an unverified business). */
    public static final int MAX_TEMPLATES = 250;

    /** Every field a listed template has; {@code id} is always answered. */
    public static final Set<String> FIELDS = Set.of(
            "id",
            "name",
            "status",
            "category",
            "language",
            "components",
            "parameter_format",
            "quality_score",
            "rejected_reason");

    private static final Logger log = LoggerFactory.getLogger(SandboxTemplates.class);
    private static final String CURSOR_PREFIX = "sandbox-template:";

    /** One page of the list: the templates, the cursors of its first and last, and whether more follow. */
    public record Page(List<ObjectNode> templates, String before, String after, boolean more) {}

    private record Stored(long position, ObjectNode template) {}

    private final Map<String, Stored> byId = new LinkedHashMap<>();
    private final SandboxProperties properties;
    private final SandboxTimer timer;
    private final SandboxWebhooks webhooks;
    private final Clock clock;
    private long lastPosition;

    public SandboxTemplates(SandboxProperties properties, SandboxTimer timer, SandboxWebhooks webhooks, Clock clock) {
        this.properties = properties;
        this.timer = timer;
        this.webhooks = webhooks;
        this.clock = clock;
        TemplateCatalog.templates().forEach(this::store);
    }

    /**
     * Up to {@code limit} templates (never more than the configured page size) after the {@code after} cursor
     * (null for the first page), oldest first.
     */
    public synchronized Page page(String after, int limit) {
        long from = after == null ? 0 : position(after);
        int size = Math.max(1, Math.min(limit, properties.templatePageSize()));
        List<Stored> rest =
                byId.values().stream().filter(s -> s.position() > from).toList();
        List<Stored> page = rest.subList(0, Math.min(size, rest.size()));
        if (page.isEmpty()) {
            return new Page(List.of(), null, null, false);
        }
        return new Page(
                page.stream().map(s -> s.template().deepCopy()).toList(),
                cursor(page.get(0).position()),
                cursor(page.get(page.size() - 1).position()),
                rest.size() > page.size());
    }

    /**
     * Validates and stores a submitted template as {@code PENDING} (its review ends later); answers the stored copy.
     *
     * @throws GraphError.GraphApiException with Meta's error when the request is invalid, the name already has
     *     content in that language, or the account is full
     */
    public ObjectNode submit(JsonNode request) {
        ObjectNode template = TemplateSubmissions.parse(request);
        String name = template.path("name").stringValue();
        String language = template.path("language").stringValue();
        ObjectNode stored;
        synchronized (this) {
            if (find(name, language).isPresent()) {
                throw GraphError.templateLanguageExists(name, language).exception();
            }
            if (byId.size() >= MAX_TEMPLATES) {
                throw GraphError.invalidTemplate(
                                "Límite de plantillas alcanzado",
                                "La cuenta ya tiene " + MAX_TEMPLATES + " plantillas: borra alguna antes de crear"
                                        + " otra.")
                        .exception();
            }
            template.put("status", "PENDING");
            template.put("id", Wamids.template());
            template.putObject("quality_score").put("score", "UNKNOWN");
            template.put("rejected_reason", "NONE");
            stored = store(template);
        }
        String id = stored.path("id").stringValue();
        log.info("Sandbox template {} ({}) submitted for review", name, language);
        timer.after(properties.templateReviewAfter(), () -> review(id).ifPresent(webhooks::post));
        return stored;
    }

    /**
     * Ends the review of a {@code PENDING} template: sets its status and answers the signed webhook that reports it
     * (not posted here). Empty when the template is gone or no longer pending.
     */
    public Optional<SignedWebhook> review(String id) {
        TemplateStatusEvent event;
        synchronized (this) {
            Stored stored = byId.get(id);
            if (stored == null
                    || !"PENDING".equals(stored.template().path("status").stringValue())) {
                return Optional.empty();
            }
            ObjectNode template = stored.template();
            boolean rejected = TemplateSubmissions.bodyText(template)
                    .toLowerCase(Locale.ROOT)
                    .contains(REJECT_MARKER);
            String status = rejected ? "REJECTED" : "APPROVED";
            String reason = rejected ? "INCORRECT_CATEGORY" : "NONE";
            template.put("status", status);
            template.put("rejected_reason", reason);
            event = new TemplateStatusEvent(
                    id,
                    template.path("name").stringValue(),
                    template.path("language").stringValue(),
                    status,
                    reason,
                    clock.instant());
        }
        log.info("Sandbox template {} ({}) {}", event.name(), event.language(), event.event());
        return Optional.of(webhooks.templateStatus(event));
    }

    /**
     * Deletes the templates named {@code name} (every language), or only the one with {@code hsmId} when given.
     *
     * @throws GraphError.GraphApiException (code 100) when no template matches
     */
    public synchronized void delete(String name, String hsmId) {
        boolean removed = byId.values()
                .removeIf(s -> name.equals(s.template().path("name").stringValue())
                        && (hsmId == null
                                || hsmId.equals(s.template().path("id").stringValue())));
        if (!removed) {
            throw GraphError.templateNotFound(name).exception();
        }
        log.info("Sandbox template {} deleted", name);
    }

    /** A copy of the template with this name and language. */
    public synchronized Optional<ObjectNode> find(String name, String language) {
        return byId.values().stream()
                .map(Stored::template)
                .filter(t -> name.equals(t.path("name").stringValue())
                        && language.equals(t.path("language").stringValue()))
                .findFirst()
                .map(ObjectNode::deepCopy);
    }

    /** The template with only the requested fields (comma-separated; null or blank for all) and its id. */
    public static ObjectNode withFields(ObjectNode template, String fields) {
        if (fields == null || fields.isBlank()) {
            return template;
        }
        List<String> wanted = new ArrayList<>();
        for (String field : fields.split(",")) {
            wanted.add(field.strip());
        }
        ObjectNode selected = WebhookEnvelopes.JSON.createObjectNode();
        template.properties().forEach(property -> {
            if (property.getKey().equals("id") || wanted.contains(property.getKey())) {
                selected.set(property.getKey(), property.getValue());
            }
        });
        return selected;
    }

    private ObjectNode store(ObjectNode template) {
        byId.put(template.path("id").stringValue(), new Stored(++lastPosition, template));
        return template.deepCopy();
    }

    private static String cursor(long position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((CURSOR_PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    private static long position(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(CURSOR_PREFIX)) {
                return Long.parseLong(decoded.substring(CURSOR_PREFIX.length()));
            }
        } catch (IllegalArgumentException invalid) {
            // falls through to Meta's error
        }
        throw GraphError.invalidParameter("after: '" + cursor + "' is not a valid cursor")
                .exception();
    }
}
