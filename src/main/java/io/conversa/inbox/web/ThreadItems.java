package io.conversa.inbox.web;

import io.conversa.inbox.MessageView;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Turns a thread's messages into the rows the page draws: days, quotes, reactions folded into their message. */
final class ThreadItems {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private ThreadItems() {}

    static List<ThreadItem> of(List<MessageView> messages, ZoneId zone, JsonMapper json) {
        Map<String, MessageView> byWaId = new HashMap<>();
        Map<String, List<String>> reactions = new HashMap<>();
        for (MessageView m : messages) {
            if (m.waMessageId() != null) {
                byWaId.put(m.waMessageId(), m);
            }
            if ("reaction".equals(m.type()) && m.replyToWaMessageId() != null && m.text() != null) {
                reactions
                        .computeIfAbsent(m.replyToWaMessageId(), k -> new ArrayList<>())
                        .add(m.text());
            }
        }
        List<ThreadItem> items = new ArrayList<>();
        LocalDate day = null;
        for (MessageView m : messages) {
            if ("reaction".equals(m.type()) && byWaId.containsKey(m.replyToWaMessageId())) {
                continue; // shown on the message it reacts to
            }
            LocalDate date = m.timestamp().atZone(zone).toLocalDate();
            LocalDate newDay = date.equals(day) ? null : date;
            day = date;
            Map<String, Object> values = m.internal() ? payload(m.payload(), json) : Map.of();
            items.add(new ThreadItem(
                    m,
                    newDay,
                    "reaction".equals(m.type()) || m.replyToWaMessageId() == null
                            ? null
                            : byWaId.get(m.replyToWaMessageId()),
                    m.waMessageId() == null ? List.of() : reactions.getOrDefault(m.waMessageId(), List.of()),
                    (String) values.get("event"),
                    values));
        }
        return items;
    }

    private static Map<String, Object> payload(String payload, JsonMapper json) {
        if (payload == null || payload.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(payload, MAP);
        } catch (JacksonException e) {
            return Map.of();
        }
    }
}
