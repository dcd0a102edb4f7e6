package io.conversa.live.internal;

import io.conversa.inbox.ConversationChanged;
import io.conversa.inbox.MessageReceived;
import io.conversa.inbox.MessageStatusChanged;
import io.conversa.live.LiveNotice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns the inbox's events into notices once their transaction has committed (a rolled-back change is never
 * announced). A notice that cannot be broadcast is logged and dropped: the data is safe, the browsers catch up on their
 * next reload or resync.
 */
@Component
class InboxNotices {

    private static final Logger log = LoggerFactory.getLogger(InboxNotices.class);

    private final Broadcast broadcast;

    InboxNotices(Broadcast broadcast) {
        this.broadcast = broadcast;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MessageReceived event) {
        send(new LiveNotice(
                0, event.workspaceId().value(), "message", event.conversationId(), event.messageId(), null, null));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(MessageStatusChanged event) {
        send(new LiveNotice(
                0,
                event.workspaceId().value(),
                "status",
                event.conversationId(),
                event.messageId(),
                event.status(),
                null));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ConversationChanged event) {
        send(new LiveNotice(
                0, event.workspaceId().value(), "conversation", event.conversationId(), null, null, event.change()));
    }

    private void send(LiveNotice notice) {
        try {
            broadcast.publish(notice);
        } catch (RuntimeException e) {
            log.warn("Live update not sent ({}): {}", notice.type(), e.getMessage());
        }
    }
}
