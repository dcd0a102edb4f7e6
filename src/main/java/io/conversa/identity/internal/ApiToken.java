package io.conversa.identity.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A bearer token for the REST API; only its SHA-256 hash and a short prefix (to recognise it) are kept. */
@Table("api_token")
public record ApiToken(
        @Id UUID id,
        UUID workspaceId,
        String name,
        String tokenHash,
        String tokenPrefix,
        UUID createdBy,
        Instant createdAt,
        Instant lastUsedAt,
        Instant revokedAt,
        @Version Integer version) {

    public boolean revoked() {
        return revokedAt != null;
    }

    public ApiToken revoke(Instant when) {
        return new ApiToken(
                id, workspaceId, name, tokenHash, tokenPrefix, createdBy, createdAt, lastUsedAt, when, version);
    }
}
