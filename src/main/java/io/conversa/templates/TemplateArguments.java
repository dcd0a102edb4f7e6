package io.conversa.templates;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The values for a template's variables: {@code body} in order for positional templates, {@code named} by name for
 * named ones; {@code header} for a text header's variable (or a media header's link); {@code buttons} by button
 * index for URL suffixes and quick-reply payloads. Missing lists mean "none".
 */
public record TemplateArguments(
        List<Argument> body, Map<String, Argument> named, List<Argument> header, Map<Integer, Argument> buttons) {

    public TemplateArguments {
        body = body == null ? List.of() : List.copyOf(body);
        named = named == null ? Map.of() : Map.copyOf(named);
        header = header == null ? List.of() : List.copyOf(header);
        buttons = buttons == null ? Map.of() : Map.copyOf(buttons);
    }

    /** The data keys the variables are bound to ({@code customer.name}, {@code payment.link}, …). */
    public Set<String> boundKeys() {
        return Stream.of(body.stream(), named.values().stream(), header.stream(), buttons.values().stream())
                .flatMap(arguments -> arguments)
                .filter(argument -> argument.bind() != null)
                .map(argument -> argument.bind().trim())
                .collect(Collectors.toUnmodifiableSet());
    }
}
