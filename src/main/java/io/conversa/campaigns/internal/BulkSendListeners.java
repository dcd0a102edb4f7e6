package io.conversa.campaigns.internal;

import io.conversa.campaigns.CampaignsProperties;
import io.conversa.inbox.Inbox;
import io.conversa.inbox.MessageReceived;
import io.conversa.inbox.MessageStatusChanged;
import io.conversa.inbox.MessageView;
import io.conversa.receivables.Customers;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the inbox tells bulk sends: a message's new status becomes its recipient's delivery (with Meta's reason when
 * it failed), a customer's message counts as a reply to the bulk message sent to that conversation, and a message
 * that is one of the opt-out words opts the contact out. Replies and opt-outs run after the inbox's commit, from the
 * durable event registry; both listeners are idempotent.
 */
@Component
class BulkSendListeners {

    private static final Logger log = LoggerFactory.getLogger(BulkSendListeners.class);

    private final RecipientStore recipients;
    private final DeliveriesAtCommit deliveries;
    private final OptOutStore optOuts;
    private final OptOutWords words;
    private final Inbox inbox;
    private final Customers customers;
    private final Clock clock;

    BulkSendListeners(
            RecipientStore recipients,
            DeliveriesAtCommit deliveries,
            OptOutStore optOuts,
            CampaignsProperties properties,
            Inbox inbox,
            Customers customers,
            Clock clock) {
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.optOuts = optOuts;
        this.words = OptOutWords.of(properties.optOutWords());
        this.inbox = inbox;
        this.customers = customers;
        this.clock = clock;
    }

    /**
     * In the inbox's own transaction (a plain listener, not a module listener): the recipient's delivery moves with
     * the message's status, all or nothing, without an event publication and two more transactions per status; the
     * transaction's deliveries are written together when it commits.
     */
    @EventListener
    void on(MessageStatusChanged event) {
        Integer code = null;
        String reason = null;
        boolean retryable = false;
        if ("failed".equals(event.status())) {
            Optional<MessageView> message = inbox.message(event.workspaceId(), event.messageId());
            code = message.map(MessageView::errorCode).orElse(null);
            reason = message.map(m -> m.errorTitle() != null ? m.errorTitle() : m.errorExplanation())
                    .orElse(null);
            retryable = message.map(inbox::canRetry).orElse(false);
        }
        deliveries.add(new RecipientStore.Delivery(event.messageId(), event.status(), code, reason, retryable));
    }

    @ApplicationModuleListener
    void on(MessageReceived event) {
        recipients.replied(event.conversationId(), Instant.now(clock));
        Optional<MessageView> message = inbox.message(event.workspaceId(), event.messageId());
        if (message.isEmpty() || !words.matches(message.get().text())) {
            return;
        }
        String waId =
                inbox.conversation(event.workspaceId(), event.conversationId()).waId();
        customers.normalizePhone(event.workspaceId(), "+" + waId).ifPresent(phone -> {
            if (optOuts.add(
                    event.workspaceId().value(),
                    phone.value(),
                    "keyword",
                    message.get().text(),
                    null,
                    Instant.now(clock))) {
                log.info(
                        "Contact {} opted out of bulk sends by writing \"{}\"",
                        phone,
                        message.get().text());
            }
        });
    }
}
