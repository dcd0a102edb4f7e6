package io.conversa.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ApiTokenRepository extends ListCrudRepository<ApiToken, UUID> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    Optional<ApiToken> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

    List<ApiToken> findByWorkspaceIdOrderByCreatedAtDesc(UUID workspaceId);

    /** Records use without touching the version, so a busy integration never conflicts with a revocation. */
    @Modifying
    @Query(
            "UPDATE api_token SET last_used_at = :now WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :before)")
    int touch(UUID id, Instant now, Instant before);
}
