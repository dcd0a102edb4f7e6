package io.conversa.inbox;

import java.util.List;

/** One page of the conversation list and the cursor of the next one (null on the last page). */
public record ConversationPage(List<ConversationView> items, String next) {}
