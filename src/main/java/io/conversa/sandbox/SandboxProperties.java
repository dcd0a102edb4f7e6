package io.conversa.sandbox;

import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the WhatsApp sandbox ({@code conversa.sandbox.*}); the sandbox number itself comes from
 * {@code conversa.whatsapp.*}.
 *
 * @param enabled whether the sandbox runs ({@code CONVERSA_SANDBOX}); decided by {@code ConversaDefaults} when unset
 * @param sentAfter how long after a send is accepted its {@code sent} status webhook goes out
 * @param deliveredAfter how long after acceptance the {@code delivered} status goes out
 * @param readAfter how long after acceptance the {@code read} status goes out
 * @param webhookAttempts how many times a webhook is posted before giving up (the app answers 503 when its database
 *     is down)
 * @param webhookFirstRetry the pause before the first retry; it doubles at every further retry
 * @param maxConversations conversations kept in memory; the least recently active are forgotten first
 * @param maxMessagesPerConversation messages kept per conversation; the oldest are forgotten first
 * @param maxMediaBytes total bytes of uploaded media kept in memory; the oldest files are forgotten first
 * @param templateReviewAfter how long after a template is submitted its review ends (status webhook)
 * @param templatePageSize the most templates one page of the template list holds, whatever {@code limit} asks: small,
 *     so that listing even the sample catalog takes several pages
 */
@ConfigurationProperties("conversa.sandbox")
@ConditionalOnProperty(name = "conversa.sandbox.enabled", havingValue = "true")
public record SandboxProperties(
        boolean enabled,
        @DefaultValue("500ms") Duration sentAfter,
        @DefaultValue("1500ms") Duration deliveredAfter,
        @DefaultValue("3s") Duration readAfter,
        @DefaultValue("5") int webhookAttempts,
        @DefaultValue("1s") Duration webhookFirstRetry,
        @DefaultValue("300") int maxConversations,
        @DefaultValue("200") int maxMessagesPerConversation,
        @DefaultValue("64MB") DataSize maxMediaBytes,
        @DefaultValue("2s") Duration templateReviewAfter,
        @DefaultValue("2") int templatePageSize) {

    /** The defaults, for code that runs outside Spring (tests). */
    public static SandboxProperties defaults() {
        return new SandboxProperties(
                true,
                Duration.ofMillis(500),
                Duration.ofMillis(1500),
                Duration.ofSeconds(3),
                5,
                Duration.ofSeconds(1),
                300,
                200,
                DataSize.ofMegabytes(64),
                Duration.ofSeconds(2),
                2);
    }
}
