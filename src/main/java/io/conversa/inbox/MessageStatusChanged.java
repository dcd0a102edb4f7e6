package io.conversa.inbox;

import io.conversa.core.WorkspaceId;
import java.util.UUID;

/** An outbound message moved forward (sent, delivered, read, failed, unknown). */
public record MessageStatusChanged(WorkspaceId workspaceId, UUID conversationId, UUID messageId, String status) {}
