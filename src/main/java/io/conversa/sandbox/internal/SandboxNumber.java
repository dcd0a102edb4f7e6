package io.conversa.sandbox.internal;

import org.springframework.core.env.Environment;

/**
 * The WhatsApp number the sandbox plays Meta for, as configured in {@code conversa.whatsapp.*} (made up at start by
 * {@code ConversaDefaults} in sandbox mode).
 */
public record SandboxNumber(
        String phoneNumberId,
        String businessAccountId,
        String displayPhoneNumber,
        String accessToken,
        String appSecret) {

    public static final String VERIFIED_NAME = "Conversa Sandbox";

    public static SandboxNumber from(Environment environment) {
        String phoneNumberId = environment.getProperty("conversa.whatsapp.phone-number-id", "");
        return new SandboxNumber(
                phoneNumberId,
                environment.getProperty("conversa.whatsapp.business-account-id", phoneNumberId),
                environment.getProperty("conversa.whatsapp.display-phone-number", ""),
                environment.getProperty("conversa.whatsapp.access-token", ""),
                environment.getProperty("conversa.whatsapp.app-secret", ""));
    }

    /** The display number as webhook metadata carries it: digits only. */
    public String displayDigits() {
        return displayPhoneNumber.replaceAll("\\D", "");
    }
}
