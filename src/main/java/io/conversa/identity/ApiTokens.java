package io.conversa.identity;

import io.conversa.core.DomainException;
import io.conversa.core.WorkspaceId;
import io.conversa.identity.internal.ApiToken;
import io.conversa.identity.internal.ApiTokenRepository;
import io.conversa.identity.internal.TokenHashing;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the REST API. A token is 32 random bytes; only its SHA-256 is stored: with that much entropy a
 * slow password hash adds nothing, and a fast hash keeps every API call cheap.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "cnv_";
    static final int MIN_PROVISIONED_LENGTH = 32;
    private static final Duration TOUCH_GRANULARITY = Duration.ofMinutes(1);

    private final ApiTokenRepository repository;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    public IssuedApiToken create(WorkspaceId workspace, String name, UUID createdBy) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new IssuedApiToken(store(workspace, name, secret, createdBy), secret);
    }

    /** Stores a token chosen outside the app (provisioning from the environment); idempotent. */
    @Transactional
    public ApiTokenView provision(WorkspaceId workspace, String name, String chosenSecret) {
        String secret = chosenSecret.trim();
        if (secret.length() < MIN_PROVISIONED_LENGTH) {
            throw new IllegalArgumentException(
                    "A provisioned API token needs at least " + MIN_PROVISIONED_LENGTH + " characters");
        }
        return repository
                .findByTokenHash(TokenHashing.sha256(secret))
                .map(ApiTokens::view)
                .orElseGet(() -> store(workspace, name, secret, null));
    }

    @Transactional
    public void revoke(WorkspaceId workspace, UUID tokenId) {
        ApiToken token = repository
                .findByIdAndWorkspaceId(tokenId, workspace.value())
                .orElseThrow(() -> DomainException.notFound("API token", tokenId));
        if (!token.revoked()) {
            repository.save(token.revoke(Instant.now(clock)));
        }
    }

    public List<ApiTokenView> list(WorkspaceId workspace) {
        return repository.findByWorkspaceIdOrderByCreatedAtDesc(workspace.value()).stream()
                .map(ApiTokens::view)
                .toList();
    }

    /** The workspace a presented token acts for, or empty when it is unknown or revoked. */
    @Transactional
    public Optional<WorkspaceId> authenticate(String presented) {
        if (presented == null || presented.isBlank()) {
            return Optional.empty();
        }
        return repository
                .findByTokenHash(TokenHashing.sha256(presented.trim()))
                .filter(token -> !token.revoked())
                .map(token -> {
                    Instant now = Instant.now(clock);
                    repository.touch(token.id(), now, now.minus(TOUCH_GRANULARITY));
                    return new WorkspaceId(token.workspaceId());
                });
    }

    private ApiTokenView store(WorkspaceId workspace, String name, String secret, UUID createdBy) {
        String label = name == null || name.isBlank() ? "API" : name.trim();
        ApiToken token = new ApiToken(
                UUID.randomUUID(),
                workspace.value(),
                label,
                TokenHashing.sha256(secret),
                secret.substring(0, Math.min(secret.length(), 10)),
                createdBy,
                Instant.now(clock),
                null,
                null,
                null);
        return view(repository.save(token));
    }

    private static ApiTokenView view(ApiToken token) {
        return new ApiTokenView(
                token.id(),
                token.name(),
                token.tokenPrefix(),
                token.createdAt(),
                token.lastUsedAt(),
                token.revokedAt());
    }
}
