package io.conversa.settings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first WhatsApp number, provisioned from the environment ({@code CONVERSA_WHATSAPP_PHONE_NUMBER_ID},
 * {@code _BUSINESS_ACCOUNT_ID}, {@code _ACCESS_TOKEN}, {@code _APP_SECRET}, {@code _VERIFY_TOKEN},
 * {@code _MESSAGES_PER_SECOND}, {@code _DISPLAY_PHONE_NUMBER}). The environment is the source of truth for that
 * number: it is updated at every start.
 */
@ConfigurationProperties("conversa.whatsapp")
public record ChannelProvisioning(
        String phoneNumberId,
        String businessAccountId,
        String accessToken,
        String appSecret,
        String verifyToken,
        String displayPhoneNumber,
        @DefaultValue("80") int messagesPerSecond) {

    public boolean configured() {
        return phoneNumberId != null && !phoneNumberId.isBlank();
    }
}
