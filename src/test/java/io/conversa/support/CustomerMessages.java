package io.conversa.support;

import io.conversa.inbox.ChannelRef;
import io.conversa.inbox.InboundMessage;
import io.conversa.inbox.Inbox;
import io.conversa.inbox.MessageType;
import io.conversa.settings.ChannelView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A customer's text message received as a webhook would store it, for tests that need conversations. */
@TestComponent
public class CustomerMessages {

    private final Inbox inbox;
    private final TestData data;
    private final JdbcClient jdbc;

    CustomerMessages(Inbox inbox, TestData data, JdbcClient jdbc) {
        this.inbox = inbox;
        this.data = data;
        this.jdbc = jdbc;
    }

    /** Stores the message on the number and answers the id of the contact's conversation. */
    public UUID writes(ChannelView channel, String waId, String profileName, String text, Instant sentAt) {
        var message = new InboundMessage(
                "wamid.TEST" + UUID.randomUUID(),
                waId,
                null,
                profileName,
                sentAt,
                MessageType.TEXT,
                text,
                null,
                null,
                null,
                null,
                null,
                null,
                "{}");
        inbox.receive(new ChannelRef(channel.id(), data.workspace()), List.of(message), List.of());
        return jdbc.sql("SELECT id FROM conversation WHERE wa_id = ?")
                .param(waId)
                .query(UUID.class)
                .single();
    }
}
