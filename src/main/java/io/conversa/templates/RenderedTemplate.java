package io.conversa.templates;

import java.util.List;

/**
 * A template with its variables filled: {@code text} is what the customer reads (header, body and footer, with
 * the values in place), {@code components} the parameters to send, as Meta takes them.
 */
public record RenderedTemplate(String name, String language, String text, List<Component> components) {

    /** {@code type} header, body or button; for buttons {@code subType} (url, quick_reply) and {@code index}. */
    public record Component(String type, String subType, Integer index, List<Parameter> parameters) {}

    /** {@code type} text, payload, image, document or video; {@code name} for named templates. */
    public record Parameter(String type, String name, String value) {}
}
