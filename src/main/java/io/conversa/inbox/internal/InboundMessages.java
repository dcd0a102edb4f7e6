package io.conversa.inbox.internal;

import io.conversa.inbox.ChannelRef;
import io.conversa.inbox.InboundMessage;
import io.conversa.inbox.MessageReceived;
import io.conversa.inbox.MessageType;
import io.conversa.receivables.Customers;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Stores one customer message: dedupe by Meta's id, open the conversation, move the window, link, announce. */
@Component
public class InboundMessages {

    /** Messages that are not the customer writing: they do not reopen the window nor count as unread. */
    private static final Set<MessageType> NOT_FROM_CUSTOMER = Set.of(MessageType.SYSTEM, MessageType.REVOKE);

    private final ConversationStore conversations;
    private final MessageStore messages;
    private final Customers customers;
    private final SendQueue queue;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InboundMessages(
            ConversationStore conversations,
            MessageStore messages,
            Customers customers,
            SendQueue queue,
            ApplicationEventPublisher events,
            Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.customers = customers;
        this.queue = queue;
        this.events = events;
        this.clock = clock;
    }

    /** Answers whether the message was new (false for a redelivery). */
    public boolean receive(ChannelRef channel, InboundMessage message) {
        Instant now = Instant.now(clock);
        UUID ws = channel.workspaceId().value();
        ConversationStore.Opened conversation =
                conversations.open(ws, channel.channelId(), message.waId(), message.userId(), now);
        UUID conversationId = conversation.id();
        UUID messageId = UUID.randomUUID();
        if (!messages.insertInbound(messageId, ws, conversationId, channel.channelId(), message, now)) {
            return false;
        }
        boolean fromCustomer = !NOT_FROM_CUSTOMER.contains(message.type());
        if (fromCustomer) {
            conversations.recordInbound(
                    conversationId,
                    message.timestamp(),
                    true,
                    message.profileName(),
                    message.userId(),
                    ConversationStore.Preview.of(message.type().wire(), previewText(message)),
                    now);
        }
        if (message.type() == MessageType.SYSTEM && message.newWaId() != null) {
            conversations.rekey(conversationId, message.newWaId(), now);
        }
        if (conversation.created()) {
            linkCustomer(channel, conversationId, message.waId(), now);
        }
        if (message.media() != null && message.media().mediaId() != null) {
            queue.enqueueMediaDownload(messageId); // fetched soon: Meta's media URLs expire
        }
        events.publishEvent(new MessageReceived(channel.workspaceId(), conversationId, messageId));
        return true;
    }

    /** The text a list shows for the message: its body, caption, file name or reaction. */
    private static String previewText(InboundMessage message) {
        if (message.text() != null) {
            return message.text();
        }
        return message.media() == null ? null : message.media().filename();
    }

    private void linkCustomer(ChannelRef channel, UUID conversationId, String waId, Instant now) {
        if (waId == null) {
            return;
        }
        customers
                .findByPhone(channel.workspaceId(), waId)
                .ifPresent(customer -> conversations.link(conversationId, customer.id(), now));
    }
}
