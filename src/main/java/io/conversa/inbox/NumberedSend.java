package io.conversa.inbox;

/**
 * One send of a batch to a number (see {@link Inbox#sendToNumbers}): the number in any format, what to send, and an
 * idempotency key (or null).
 */
public record NumberedSend(String to, SendRequest request, String idempotencyKey) {}
