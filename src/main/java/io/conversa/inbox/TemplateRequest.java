package io.conversa.inbox;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

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
        JsonNode buttons) {}
