package io.conversa.templates.internal;

import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads Meta's template objects (as listed by the Graph API) into catalog entries. */
public final class MetaTemplates {

    private MetaTemplates() {}

    public static TemplateStore.Entry entry(JsonMapper json, String metaTemplate) {
        JsonNode t = json.readTree(metaTemplate);
        JsonNode quality = t.path("quality_score").path("score");
        return new TemplateStore.Entry(
                text(t, "id"),
                text(t, "name"),
                text(t, "language"),
                upper(text(t, "category")),
                upper(t.path("status").asString("PENDING")),
                upper(t.path("parameter_format").asString("POSITIONAL")),
                t.path("components").isArray() ? json.writeValueAsString(t.path("components")) : "[]",
                quality.isMissingNode() || quality.isNull() ? null : quality.asString(),
                reason(text(t, "rejected_reason")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    /** Meta says "NONE" when there is no rejection reason. */
    private static String reason(String value) {
        return value == null || "NONE".equalsIgnoreCase(value) ? null : value;
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
