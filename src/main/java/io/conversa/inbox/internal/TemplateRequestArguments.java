package io.conversa.inbox.internal;

import io.conversa.core.DomainException;
import io.conversa.inbox.TemplateRequest;
import io.conversa.templates.Argument;
import io.conversa.templates.TemplateArguments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reads the variables of a template request (JSON text or {@code {"bind": …}} / {@code {"value": …}}). */
final class TemplateRequestArguments {

    private TemplateRequestArguments() {}

    static TemplateArguments of(TemplateRequest request) {
        JsonNode parameters = request.parameters();
        List<Argument> body = parameters != null && parameters.isArray() ? list(parameters, "parameters") : List.of();
        Map<String, Argument> named = new LinkedHashMap<>();
        if (parameters != null && parameters.isObject()) {
            parameters
                    .properties()
                    .forEach(e -> named.put(e.getKey(), argument(e.getValue(), "parameters." + e.getKey())));
        }
        List<Argument> header = request.header() == null || request.header().isNull()
                ? List.of()
                : request.header().isArray()
                        ? list(request.header(), "header")
                        : List.of(argument(request.header(), "header"));
        Map<Integer, Argument> buttons = new LinkedHashMap<>();
        if (request.buttons() != null && request.buttons().isObject()) {
            request.buttons()
                    .properties()
                    .forEach(e -> buttons.put(index(e.getKey()), argument(e.getValue(), "buttons")));
        }
        return new TemplateArguments(body, named, header, buttons);
    }

    private static List<Argument> list(JsonNode array, String field) {
        List<Argument> arguments = new ArrayList<>();
        array.forEach(node -> arguments.add(argument(node, field)));
        return arguments;
    }

    private static Argument argument(JsonNode node, String field) {
        if (node.isString() || node.isNumber()) {
            return Argument.of(node.asString());
        }
        if (node.isObject() && node.has("bind")) {
            return new Argument(null, node.get("bind").asString());
        }
        if (node.isObject() && node.has("value")) {
            return Argument.of(node.get("value").asString());
        }
        throw DomainException.invalid(
                field, "inbox.error.argument", "A variable is text or {\"bind\": \"customer.name\"}");
    }

    private static Integer index(String key) {
        try {
            return Integer.valueOf(key);
        } catch (NumberFormatException e) {
            throw DomainException.invalid("buttons", "inbox.error.buttonIndex", "Button keys are indexes: 0, 1, …");
        }
    }
}
