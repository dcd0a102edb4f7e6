package io.conversa.inbox.internal;

import io.conversa.core.WorkspaceId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notes and system events in a conversation's thread. An event keeps its code and values as JSON, so each reader
 * shows it in their own language; its text is a plain fallback for the API.
 */
@Component
public class TimelineEntries {

    private final MessageStore messages;
    private final JsonMapper json;

    TimelineEntries(MessageStore messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public void note(
            WorkspaceId workspace, UUID conversationId, String text, UUID author, String authorName, Instant now) {
        String payload = authorName == null ? null : json.writeValueAsString(Map.of("by", authorName));
        messages.insertInternal(
                UUID.randomUUID(), workspace.value(), conversationId, "note", text, payload, author, now);
    }

    public void event(
            WorkspaceId workspace,
            UUID conversationId,
            UUID actor,
            String actorName,
            String event,
            Map<String, ?> values,
            Instant now) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("event", event);
        payload.putAll(values);
        if (actorName != null) {
            payload.put("by", actorName);
        }
        messages.insertInternal(
                UUID.randomUUID(),
                workspace.value(),
                conversationId,
                "event",
                fallbackText(event, values),
                json.writeValueAsString(payload),
                actor,
                now);
    }

    private static String fallbackText(String event, Map<String, ?> values) {
        return values.isEmpty() ? event : event + " " + values.values();
    }
}
