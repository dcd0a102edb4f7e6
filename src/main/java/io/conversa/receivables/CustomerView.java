package io.conversa.receivables;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A customer's data; {@code phoneE164} is the normalized form of {@code phone} (null when it has none). */
public record CustomerView(
        UUID id,
        String externalRef,
        String name,
        String email,
        String phone,
        String phoneE164,
        String taxId,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt) {}
