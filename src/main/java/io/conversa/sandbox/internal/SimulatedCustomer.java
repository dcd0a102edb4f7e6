package io.conversa.sandbox.internal;

import io.conversa.sandbox.internal.SandboxMediaStore.StoredMedia;
import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * The customer's side of the chat: what a person types in the simulator becomes a message in the sandbox
 * conversation and a signed inbound webhook to the app; the message then shows whether the app took it.
 */
@Component
@ConditionalOnProperty(name = "conversa.sandbox.enabled", havingValue = "true")
public class SimulatedCustomer {

    private final SandboxConversations conversations;
    private final SandboxMediaStore media;
    private final SandboxWebhooks webhooks;
    private final Clock clock;

    public SimulatedCustomer(
            SandboxConversations conversations, SandboxMediaStore media, SandboxWebhooks webhooks, Clock clock) {
        this.conversations = conversations;
        this.media = media;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    public SandboxMessage sendText(String waId, String profileName, String text) {
        String wamid = Wamids.message();
        Instant now = clock.instant();
        SandboxMessage message = conversations.addCustomerMessage(waId, profileName, wamid, MessageContent.text(text));
        deliver(waId, message, WebhookEnvelopes.textMessage(waId, wamid, now, text));
        return message;
    }

    public SandboxMessage sendImage(String waId, String profileName, byte[] bytes, String mimeType, String caption) {
        StoredMedia image = media.store(bytes, mimeType);
        String wamid = Wamids.message();
        Instant now = clock.instant();
        var content = MessageContent.media("image", image.id(), null, caption);
        SandboxMessage message = conversations.addCustomerMessage(waId, profileName, wamid, content);
        deliver(waId, message, WebhookEnvelopes.imageMessage(waId, wamid, now, image, caption));
        return message;
    }

    public SandboxMessage sendLocation(String waId, String profileName, Place place) {
        String wamid = Wamids.message();
        Instant now = clock.instant();
        var content = MessageContent.location(place.latitude(), place.longitude(), place.name());
        SandboxMessage message = conversations.addCustomerMessage(waId, profileName, wamid, content);
        deliver(waId, message, WebhookEnvelopes.locationMessage(waId, wamid, now, place));
        return message;
    }

    private void deliver(String waId, SandboxMessage message, ObjectNode webhookMessage) {
        String profileName = conversations
                .find(waId)
                .map(SandboxConversations.Snapshot::profileName)
                .orElse(null);
        webhooks.post(webhooks.inbound(waId, profileName, webhookMessage)).thenAccept(status -> {
            boolean taken = status == 200;
            conversations.updateStatus(message.id(), taken ? "received" : "refused", taken ? null : "HTTP " + status);
        });
    }
}
