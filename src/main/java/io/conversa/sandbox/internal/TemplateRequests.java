package io.conversa.sandbox.internal;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code template} object of a send: name and language code are required; every component that lists
 * parameters must list at least one, and text parameters follow Meta's policy (no newline, tab or more than four
 * spaces in a row). The sandbox knows no template definitions, so it cannot check the parameter count further.
 */
final class TemplateRequests {

    private TemplateRequests() {}

    static MessageContent parse(JsonNode template) {
        String name = SendRequests.required(template, "name", "template.name");
        if (name.isBlank()) {
            throw GraphError.invalidParameter("template.name: must not be empty")
                    .exception();
        }
        String language = SendRequests.required(template.path("language"), "code", "template.language.code");
        List<String> values = new ArrayList<>();
        for (JsonNode component : template.path("components")) {
            values.addAll(parameters(component));
        }
        return MessageContent.template(name, language, values);
    }

    private static List<String> parameters(JsonNode component) {
        String type = SendRequests.required(component, "type", "template.components.type");
        JsonNode parameters = component.path("parameters");
        if (parameters.isMissingNode()) {
            return List.of();
        }
        if (!parameters.isArray() || parameters.isEmpty()) {
            throw GraphError.templateParameterCount(type + ": parameters is empty")
                    .exception();
        }
        List<String> values = new ArrayList<>();
        parameters.forEach(parameter -> values.add(value(parameter)));
        return values;
    }

    private static String value(JsonNode parameter) {
        String type = SendRequests.required(parameter, "type", "template.components.parameters.type");
        return switch (type) {
            case "text" -> text(parameter);
            case "payload" -> SendRequests.required(parameter, "payload", "parameters.payload");
            case "currency", "date_time" ->
                SendRequests.required(parameter.path(type), "fallback_value", "parameters." + type + ".fallback_value");
            case "image", "video", "document", "location", "product", "action", "coupon_code" -> "[" + type + "]";
            default ->
                throw GraphError.invalidParameter("parameters.type: '" + type + "' is not supported")
                        .exception();
        };
    }

    private static String text(JsonNode parameter) {
        String text = SendRequests.required(parameter, "text", "template.components.parameters.text");
        if (text.isBlank()) {
            throw GraphError.invalidParameter("Param text cannot be empty").exception();
        }
        if (SendRequests.breaksTemplateTextPolicy(text)) {
            throw GraphError.invalidParameter(
                            "Param text cannot have new-line/tab characters or more than 4 consecutive spaces")
                    .exception();
        }
        String name = SendRequests.string(parameter, "parameter_name");
        return name == null ? text : name + ": " + text;
    }
}
