package io.conversa.identity.internal;

import io.conversa.identity.Role;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person who signs in to a workspace. */
@Table("app_user")
public record AppUser(
        @Id UUID id,
        UUID workspaceId,
        String email,
        String name,
        String passwordHash,
        Role role,
        boolean active,
        Instant createdAt,
        @Version Integer version) {

    public AppUser withRole(Role newRole) {
        return new AppUser(id, workspaceId, email, name, passwordHash, newRole, active, createdAt, version);
    }

    public AppUser withActive(boolean newActive) {
        return new AppUser(id, workspaceId, email, name, passwordHash, role, newActive, createdAt, version);
    }

    public AppUser withPasswordHash(String newHash) {
        return new AppUser(id, workspaceId, email, name, newHash, role, active, createdAt, version);
    }
}
