package io.conversa.whatsapp.internal;

import static io.conversa.whatsapp.internal.JsonFields.required;
import static io.conversa.whatsapp.internal.JsonFields.string;

import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** Reads the value of the template webhook fields: status, quality and category changes. */
final class TemplateUpdateReader {

    static final String STATUS_FIELD = "message_template_status_update";
    static final String QUALITY_FIELD = "message_template_quality_update";
    static final String CATEGORY_FIELD = "template_category_update";

    private final Function<JsonNode, String> toJson;

    TemplateUpdateReader(Function<JsonNode, String> toJson) {
        this.toJson = toJson;
    }

    static boolean handles(String field) {
        return STATUS_FIELD.equals(field) || QUALITY_FIELD.equals(field) || CATEGORY_FIELD.equals(field);
    }

    /** @throws InvalidItemException when the value lacks its event, new quality score or new category */
    TemplateStatusUpdate read(String field, JsonNode value) {
        if (!value.isObject()) {
            throw new InvalidItemException("not an object");
        }
        return new TemplateStatusUpdate(
                string(value, "message_template_id"),
                string(value, "message_template_name"),
                string(value, "message_template_language"),
                event(field, value),
                STATUS_FIELD.equals(field) ? string(value, "reason") : null,
                toJson.apply(value));
    }

    private static String event(String field, JsonNode value) {
        return switch (field) {
            case QUALITY_FIELD -> "QUALITY:" + required(value, "new_quality_score");
            case CATEGORY_FIELD -> "CATEGORY:" + required(value, "new_category");
            default -> required(value, "event");
        };
    }
}
