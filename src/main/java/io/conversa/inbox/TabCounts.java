package io.conversa.inbox;

/** How many conversations each tab holds under the current filters. */
public record TabCounts(long open, long snoozed, long closed, long all) {}
