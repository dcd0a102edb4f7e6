package io.conversa.sandbox.internal;

import io.conversa.sandbox.SandboxProperties;
import io.conversa.sandbox.internal.StatusEvent.StatusError;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Plays the recipient's phone for an accepted send: {@code sent}, {@code delivered} and {@code read} status webhooks
 * after the configured delays, or a {@code failed} one (131026, undeliverable) for a wa_id ending in
 * {@value WaIds#UNDELIVERABLE_SUFFIX}. Each status is recorded in the conversation when its webhook goes out.
 */
@Component
@ConditionalOnProperty(name = "conversa.sandbox.enabled", havingValue = "true")
public class DeliverySimulator {

    private final SandboxProperties properties;
    private final SandboxTimer timer;
    private final SandboxConversations conversations;
    private final SandboxWebhooks webhooks;
    private final Clock clock;

    public DeliverySimulator(
            SandboxProperties properties,
            SandboxTimer timer,
            SandboxConversations conversations,
            SandboxWebhooks webhooks,
            Clock clock) {
        this.properties = properties;
        this.timer = timer;
        this.conversations = conversations;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    public void simulate(String wamid, OutboundMessage message) {
        if (WaIds.isUndeliverable(message.waId())) {
            report(properties.sentAfter(), wamid, message, "failed", StatusError.UNDELIVERABLE);
            return;
        }
        report(properties.sentAfter(), wamid, message, "sent", null);
        report(properties.deliveredAfter(), wamid, message, "delivered", null);
        report(properties.readAfter(), wamid, message, "read", null);
    }

    private void report(Duration delay, String wamid, OutboundMessage message, String status, StatusError error) {
        timer.after(delay, () -> {
            var event =
                    new StatusEvent(wamid, status, message.waId(), message.pricingCategory(), clock.instant(), error);
            conversations.updateStatus(wamid, status, error == null ? null : error.summary());
            webhooks.post(webhooks.status(event));
        });
    }
}
