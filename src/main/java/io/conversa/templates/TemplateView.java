package io.conversa.templates;

import java.time.Instant;
import java.util.UUID;

/**
 * A template as stored: {@code status} as Meta spells it (APPROVED, PENDING, REJECTED, PAUSED, DISABLED, …),
 * {@code parameterFormat} POSITIONAL or NAMED, {@code componentsJson} Meta's components array as JSON text.
 */
public record TemplateView(
        UUID id,
        UUID channelId,
        String metaId,
        String name,
        String language,
        String category,
        String status,
        String parameterFormat,
        String componentsJson,
        String quality,
        String rejectedReason,
        Instant updatedAt) {

    public boolean approved() {
        return "APPROVED".equals(status);
    }
}
