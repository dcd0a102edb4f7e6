package io.conversa.inbox;

import io.conversa.core.WorkspaceId;
import java.util.UUID;

/** The business number a delivery arrived on, and its workspace. */
public record ChannelRef(UUID channelId, WorkspaceId workspaceId) {}
