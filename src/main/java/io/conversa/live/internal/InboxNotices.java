package io.conversa.live.internal;

import io.conversa.inbox.ConversationChanged;
import io.conversa.inbox.MessageReceived;
import io.conversa.inbox.MessageStatusChanged;
import io.conversa.live.LiveNotice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns the inbox's events into notices once their transaction has committed (a rolled-back change is never
 * announced). A notice that cannot be broadcast is logged and dropped: the data is safe, the browsers catch up on their
 * next reload or resync.
 *
 * <p>Plain listeners that wait for the commit themselves, not {@code @TransactionalEventListener}s: Spring Modulith
 * records every transactional listener's events in its publication registry (a row per event and listener, and two
 * more transactions to mark it processing and completed, each on a second pooled connection while the first is still
 * held). A notice is worth none of that: one lost in a crash is made up by the browsers' resync.
 */
@Component
class InboxNotices {

    private static final Logger log = LoggerFactory.getLogger(InboxNotices.class);

    private final Broadcast broadcast;

    InboxNotices(Broadcast broadcast) {
        this.broadcast = broadcast;
    }

    @EventListener
    void on(MessageReceived event) {
        afterCommit(new LiveNotice(
                0, event.workspaceId().value(), "message", event.conversationId(), event.messageId(), null, null));
    }

    @EventListener
    void on(MessageStatusChanged event) {
        afterCommit(new LiveNotice(
                0,
                event.workspaceId().value(),
                "status",
                event.conversationId(),
                event.messageId(),
                event.status(),
                null));
    }

    @EventListener
    void on(ConversationChanged event) {
        afterCommit(new LiveNotice(
                0, event.workspaceId().value(), "conversation", event.conversationId(), null, null, event.change()));
    }

    /** Sends the notice once the current transaction commits (never if it rolls back), at once without one. */
    private void afterCommit(LiveNotice notice) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            send(notice);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    send(notice);
                }
            }
        });
    }

    private void send(LiveNotice notice) {
        try {
            broadcast.publish(notice);
        } catch (RuntimeException e) {
            log.warn("Live update not sent ({}): {}", notice.type(), e.getMessage());
        }
    }
}
