package io.conversa.settings;

import io.conversa.core.WorkspaceId;
import java.util.UUID;

/** A WhatsApp number with its secrets in clear, for the adapter that talks to Meta. Never rendered or logged. */
public record ChannelCredentials(
        UUID id,
        WorkspaceId workspaceId,
        String phoneNumberId,
        String businessAccountId,
        String displayPhoneNumber,
        String accessToken,
        String appSecret,
        String verifyToken,
        int messagesPerSecond) {

    @Override
    public String toString() {
        return "ChannelCredentials[" + phoneNumberId + "]";
    }
}
