package io.conversa.inbox.web;

import io.conversa.inbox.MessageView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One row of a conversation's thread as the page draws it: the message, a date separator when a new day starts,
 * the quoted message it replies to, the reactions it received, and for system events their code and values.
 */
public record ThreadItem(
        MessageView message,
        LocalDate newDay,
        MessageView quoted,
        List<String> reactions,
        String event,
        Map<String, Object> eventValues) {

    public boolean note() {
        return message.internal() && "note".equals(message.type());
    }

    public boolean systemEvent() {
        return message.internal() && "event".equals(message.type());
    }

    public boolean outbound() {
        return "outbound".equals(message.direction());
    }

    public boolean image() {
        return "image".equals(message.type()) || "sticker".equals(message.type());
    }

    /** Who made the change: a user's name, or "API" for a change made through the API without one. */
    public String by() {
        String by = eventValue("by");
        return by == null ? "API" : by;
    }

    /** An event value that is a moment (a snooze's end), or null. */
    public java.time.Instant eventInstant() {
        String value = eventValue("value");
        try {
            return value == null ? null : java.time.Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The value of an event field as text ({@code value}, {@code by}, or a list joined by commas). */
    public String eventValue(String key) {
        Object value = eventValues.get(key);
        if (value instanceof List<?> list) {
            return list.isEmpty()
                    ? null
                    : String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return value == null ? null : String.valueOf(value);
    }
}
