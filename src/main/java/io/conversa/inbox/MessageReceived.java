package io.conversa.inbox;

import io.conversa.core.WorkspaceId;
import java.util.UUID;

/** A customer's message was stored (published once per new message, never for a redelivery). */
public record MessageReceived(WorkspaceId workspaceId, UUID conversationId, UUID messageId) {}
