package io.conversa.inbox;

import io.conversa.templates.Argument;
import io.conversa.templates.TemplateArguments;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A template to send: its name and language, and the values of its variables. {@code parameters} is a list for
 * positional templates and an object (name → value) for named ones; each value is text or
 * {@code {"bind":"customer.balance"}} to take it from the customer's data. {@code header} a list (the header's
 * variable or media link); {@code buttons} an object from button index to its URL suffix or payload.
 */
public record TemplateRequest(
        @NotBlank @Size(max = 512) String name,
        @NotBlank @Size(max = 20) String language,
        JsonNode parameters,
        JsonNode header,
        JsonNode buttons) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The request for a template with these arguments (named ones as an object, positional ones as a list). */
    public static TemplateRequest of(String name, String language, TemplateArguments arguments) {
        JsonNode parameters;
        if (arguments.named().isEmpty()) {
            parameters = list(arguments.body());
        } else {
            ObjectNode named = NODES.objectNode();
            arguments.named().forEach((variable, argument) -> named.set(variable, json(argument)));
            parameters = named;
        }
        ObjectNode buttons = NODES.objectNode();
        arguments.buttons().forEach((index, argument) -> buttons.set(String.valueOf(index), json(argument)));
        JsonNode header = arguments.header().isEmpty() ? null : list(arguments.header());
        return new TemplateRequest(name, language, parameters, header, buttons);
    }

    private static ArrayNode list(List<Argument> arguments) {
        ArrayNode list = NODES.arrayNode();
        arguments.forEach(argument -> list.add(json(argument)));
        return list;
    }

    private static ObjectNode json(Argument argument) {
        ObjectNode node = NODES.objectNode();
        if (argument.bind() != null) {
            node.put("bind", argument.bind());
        } else {
            node.put("value", argument.value());
        }
        return node;
    }
}
