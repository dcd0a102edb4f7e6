package io.conversa.identity;

import io.conversa.core.WorkspaceId;
import java.util.UUID;

/**
 * Who is acting: a signed-in person or, for the REST API, the integration that holds an API token (then {@code
 * userId} is null and the role is {@link Role#ADMIN} within its workspace).
 */
public record CurrentUser(UUID userId, WorkspaceId workspaceId, String email, String name, Role role) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public String initials() {
        String[] parts = name.trim().split("\\s+");
        String first = parts[0].isEmpty() ? "?" : parts[0].substring(0, 1);
        String last = parts.length > 1 ? parts[parts.length - 1].substring(0, 1) : "";
        return (first + last).toUpperCase();
    }
}
