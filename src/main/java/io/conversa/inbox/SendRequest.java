package io.conversa.inbox;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * What an agent or integration asks to send: free text ({@code type} "text", inside the 24-hour window) or an
 * approved template ({@code type} "template", any time). {@code replyTo} is the id of a message of this
 * conversation to quote.
 */
public record SendRequest(
        @NotBlank @Pattern(regexp = "text|template", message = "must be text or template")
        String type,

        @Size(max = 4096) String text,
        Boolean previewUrl,
        UUID replyTo,
        @Valid TemplateRequest template) {

    public static SendRequest text(String text) {
        return new SendRequest("text", text, null, null, null);
    }

    public boolean isTemplate() {
        return "template".equals(type);
    }
}
