package io.conversa.campaigns;

import java.time.Instant;
import java.util.UUID;

/**
 * A contact who asked for no more bulk messages: {@code source} {@code keyword} (they wrote one of the opt-out
 * words; {@code detail} is what they wrote), {@code agent} or {@code api} ({@code createdBy} is who).
 */
public record OptOutView(String phone, String source, String detail, UUID createdBy, Instant createdAt) {}
