package io.conversa.replies;

/** What a person types to create or change a canned reply; {@code shortcut} without or with its leading slash. */
public record CannedReplyInput(String shortcut, String title, String text) {}
