package io.conversa.campaigns;

import java.time.Instant;
import java.util.UUID;

/** A bulk send as lists and the API show it, with its counts. */
public record BulkSendView(
        UUID id,
        String name,
        String templateName,
        String templateLanguage,
        String audience,
        String status,
        Instant sendAt,
        Instant createdAt,
        Instant completedAt,
        BulkCounts counts) {}
