package io.conversa.replies;

import java.util.UUID;

/**
 * Whom a reply is for and who sends it: the linked customer (null when the contact is not linked to one), the
 * contact's WhatsApp profile name (used for {@code {{nombre}}} when there is no customer) and the agent's name.
 */
public record ReplyContext(UUID customerId, String contactName, String agentName) {}
