package io.conversa.inbox;

import java.util.UUID;

/** A message stored to be sent, and the conversation it lives in. */
public record QueuedMessage(UUID messageId, UUID conversationId) {}
