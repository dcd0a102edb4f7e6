package io.conversa.identity;

import java.time.Instant;
import java.util.UUID;

/** An API token as listed: its name and prefix, never the secret. */
public record ApiTokenView(
        UUID id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
