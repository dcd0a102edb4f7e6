package io.conversa.inbox.internal;

import io.conversa.inbox.InboxProperties;
import io.conversa.inbox.spi.OutboundChannel;
import io.conversa.inbox.spi.SendOutcome;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Blue ticks on the customer's side: when the workspace enables read receipts ({@code CONVERSA_INBOX_READ_RECEIPTS}),
 * opening a conversation tells Meta its newest customer message was read, through a durable task, so a slow or
 * failing Graph API never holds up the page.
 */
@Component
public class ReadReceipts {

    private static final Logger log = LoggerFactory.getLogger(ReadReceipts.class);

    private final JdbcClient jdbc;
    private final OutboundChannel channel;
    private final InboxProperties properties;

    ReadReceipts(JdbcClient jdbc, OutboundChannel channel, InboxProperties properties) {
        this.jdbc = jdbc;
        this.channel = channel;
        this.properties = properties;
    }

    /** The newest customer message of the conversation to mark read, when receipts are on. */
    public Optional<UUID> toSend(UUID conversationId) {
        if (!properties.readReceipts()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT id FROM message WHERE conversation_id = ? AND direction = 'inbound'
                           AND wa_message_id IS NOT NULL ORDER BY occurred_at DESC, created_at DESC LIMIT 1""").param(conversationId).query(UUID.class).optional();
    }

    /** Run by the task: a receipt that cannot be sent is retried a few times, then dropped (it is a courtesy). */
    public void send(UUID inboundMessageId) {
        jdbc.sql("SELECT channel_id, wa_message_id FROM message WHERE id = ?")
                .param(inboundMessageId)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)})
                .optional()
                .ifPresent(row -> {
                    SendOutcome outcome = channel.markRead((UUID) row[0], (String) row[1]);
                    if (outcome instanceof SendOutcome.Rejected rejected && rejected.retryable()) {
                        throw new RetryLater("read receipt: " + rejected.title(), rejected.retryAfter());
                    }
                    log.debug("Read receipt for {}: {}", row[1], outcome);
                });
    }
}
