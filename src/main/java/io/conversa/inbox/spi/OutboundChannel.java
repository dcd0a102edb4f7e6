package io.conversa.inbox.spi;

/** Sends messages through the provider. Implementations never write inbox tables: they report the outcome. */
public interface OutboundChannel {

    SendOutcome send(OutboundMessage message);

    /** Tells the provider the customer's message was read (blue ticks on their side). */
    SendOutcome markRead(java.util.UUID channelId, String inboundWaMessageId);
}
