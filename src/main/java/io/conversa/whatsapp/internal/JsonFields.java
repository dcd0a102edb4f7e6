package io.conversa.whatsapp.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Null-safe, lenient reads of webhook JSON: absent, null or oddly typed values give null, never an exception. */
final class JsonFields {

    private JsonFields() {}

    /** A scalar property as text (numbers and booleans as their JSON text); null if absent, null or a container. */
    static String string(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asString() : null;
    }

    /** The elements of an array property; empty if absent or not an array. */
    static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isArray() ? value.values() : List.of();
    }

    /** The first element of an array property, or a missing node. */
    static JsonNode first(JsonNode node, String field) {
        return node.path(field).path(0);
    }

    static boolean flag(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isBoolean() ? value.booleanValue() : "true".equalsIgnoreCase(string(node, field));
    }

    /** An integer property sent as a number or as digits; null otherwise. */
    static Integer integer(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isNumber()) {
            return value.canConvertToExactIntegral() && value.canConvertToInt() ? value.intValue() : null;
        }
        String text = string(node, field);
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A decimal property, exactly as written when the node was read with big decimals; null otherwise. */
    static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isNumber()) {
            return value.decimalValue();
        }
        String text = string(node, field);
        try {
            return text == null ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A Unix-seconds timestamp (Meta sends a string of digits). */
    static Instant epochSeconds(JsonNode node, String field) {
        String text = string(node, field);
        if (text == null || text.isBlank()) {
            throw new InvalidItemException("missing " + field);
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(text.trim()));
        } catch (NumberFormatException | DateTimeException e) {
            throw new InvalidItemException(field + " \"" + text + "\" is not Unix seconds");
        }
    }

    /** A required text property. */
    static String required(JsonNode node, String field) {
        String text = string(node, field);
        if (text == null || text.isBlank()) {
            throw new InvalidItemException("missing " + field);
        }
        return text;
    }

    /** The first non-null argument, or null. */
    static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
