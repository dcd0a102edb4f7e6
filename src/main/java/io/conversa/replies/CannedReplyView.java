package io.conversa.replies;

import java.time.Instant;
import java.util.UUID;

/** A saved canned reply; {@code text} still holds its variables ({@code {{nombre}}}). */
public record CannedReplyView(
        UUID id, String shortcut, String title, String text, UUID createdBy, Instant createdAt, Instant updatedAt) {}
