package io.conversa.settings;

import java.time.Instant;
import java.util.UUID;

/** A WhatsApp number as the settings page shows it: which secrets are set, never their values. */
public record ChannelView(
        UUID id,
        String phoneNumberId,
        String businessAccountId,
        String displayPhoneNumber,
        int messagesPerSecond,
        boolean hasAccessToken,
        boolean hasAppSecret,
        boolean hasVerifyToken,
        Instant updatedAt) {}
