package io.conversa.inbox.web;

import io.conversa.core.DomainException;
import io.conversa.core.FieldProblem;
import io.conversa.inbox.Change;
import io.conversa.inbox.ConversationUpdate;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON merge-patch of a conversation: a field left out stays, a field set to null is cleared (assignee,
 * customer, snooze), and every problem is reported at once, naming its field.
 */
final class ConversationPatch {

    private static final Set<String> FIELDS =
            Set.of("status", "priority", "tags", "assigneeId", "customerId", "snoozedUntil");

    private final JsonNode body;
    private final List<FieldProblem> problems = new ArrayList<>();

    private ConversationPatch(JsonNode body) {
        this.body = body;
    }

    static ConversationUpdate read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw DomainException.invalid("body", "inbox.error.patch", "The body must be a JSON object");
        }
        return new ConversationPatch(body).update();
    }

    private ConversationUpdate update() {
        body.propertyNames().forEach(name -> {
            if (!FIELDS.contains(name)) {
                problems.add(new FieldProblem(
                        name, "inbox.error.unknownField", "Unknown field; allowed: " + FIELDS, List.of(FIELDS)));
            }
        });
        ConversationUpdate update = new ConversationUpdate(
                text("status"),
                text("priority"),
                tags(),
                change("assigneeId", this::uuid),
                change("customerId", this::uuid),
                change("snoozedUntil", this::instant));
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        if (update.isEmpty()) {
            throw DomainException.invalid("body", "inbox.error.emptyPatch", "Nothing to change: name a field");
        }
        return update;
    }

    private String text(String field) {
        JsonNode node = body.get(field);
        if (node == null) {
            return null;
        }
        if (!node.isString()) {
            problems.add(problem(field, "a text"));
            return null;
        }
        return node.asString();
    }

    private List<String> tags() {
        JsonNode node = body.get("tags");
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            problems.add(problem("tags", "a list of texts"));
            return null;
        }
        List<String> tags = new ArrayList<>();
        for (JsonNode tag : node) {
            if (!tag.isString()) {
                problems.add(problem("tags", "a list of texts"));
                return null;
            }
            tags.add(tag.asString());
        }
        return tags;
    }

    private interface Reader<T> {
        T read(String field, String value);
    }

    private <T> Change<T> change(String field, Reader<T> reader) {
        JsonNode node = body.get(field);
        if (node == null) {
            return null;
        }
        if (node.isNull()) {
            return Change.clear();
        }
        if (!node.isString()) {
            problems.add(problem(field, "a text or null"));
            return null;
        }
        T value = reader.read(field, node.asString());
        return value == null ? null : Change.to(value);
    }

    private UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            problems.add(problem(field, "an id"));
            return null;
        }
    }

    private Instant instant(String field, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(problem(field, "an ISO-8601 instant such as 2026-12-01T13:00:00Z"));
            return null;
        }
    }

    private static FieldProblem problem(String field, String expected) {
        return new FieldProblem(field, "inbox.error.fieldType", field + " must be " + expected, List.of(expected));
    }
}
