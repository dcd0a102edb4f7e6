package io.conversa.inbox;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an agent or integration asks to send: free text for now ({@code type} "text"); templates and media arrive
 * with their issues. {@code replyTo} is the id of a message of this conversation to quote.
 */
public record SendRequest(
        @NotBlank @Pattern(regexp = "text", message = "solo se admite text")
        String type,

        @NotBlank @Size(max = 4096) String text,
        Boolean previewUrl,
        java.util.UUID replyTo) {}
