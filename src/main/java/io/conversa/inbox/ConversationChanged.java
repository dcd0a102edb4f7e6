package io.conversa.inbox;

import io.conversa.core.WorkspaceId;
import java.util.UUID;

/**
 * Something an open inbox should redraw happened to a conversation: an agent's message, note or system event was
 * added, or its status, priority, tags, assignee, customer, snooze or unread count changed. {@code change} names it
 * ({@code message}, {@code note}, {@code status}, {@code priority}, {@code tags}, {@code assignee}, {@code customer},
 * {@code snooze}, {@code read}).
 */
public record ConversationChanged(WorkspaceId workspaceId, UUID conversationId, String change) {}
