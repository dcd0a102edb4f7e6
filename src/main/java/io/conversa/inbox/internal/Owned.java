package io.conversa.inbox.internal;

import java.util.Optional;
import java.util.UUID;

/** A row read by its primary key with the workspace that owns it, so the caller sees it only in that workspace. */
record Owned<T>(UUID workspaceId, T row) {

    Optional<T> in(UUID workspace) {
        return workspace.equals(workspaceId) ? Optional.of(row) : Optional.empty();
    }
}
