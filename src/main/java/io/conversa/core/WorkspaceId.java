package io.conversa.core;

import java.util.Objects;
import java.util.UUID;

/** Identifies the tenant that owns a row; every tenant-owned table carries it. */
public record WorkspaceId(UUID value) {

    public WorkspaceId {
        Objects.requireNonNull(value, "value");
    }

    public static WorkspaceId of(String value) {
        return new WorkspaceId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
