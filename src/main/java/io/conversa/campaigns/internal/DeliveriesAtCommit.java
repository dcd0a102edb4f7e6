package io.conversa.campaigns.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Recipients' deliveries moved by the inbox's message statuses, written in one batch just before the inbox's
 * transaction commits (so all or nothing with it): the inbox records a bulk chunk's outcomes, or a webhook's
 * statuses, in one transaction, and a statement per message was a large part of that work. Without a transaction they
 * are written at once.
 */
@Component
class DeliveriesAtCommit {

    private final RecipientStore recipients;
    private final Clock clock;

    DeliveriesAtCommit(RecipientStore recipients, Clock clock) {
        this.recipients = recipients;
        this.clock = clock;
    }

    void add(RecipientStore.Delivery delivery) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            recipients.delivery(List.of(delivery), Instant.now(clock));
            return;
        }
        @SuppressWarnings("unchecked")
        List<RecipientStore.Delivery> pending =
                (List<RecipientStore.Delivery>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(new Flush());
        }
        pending.add(delivery);
    }

    private final class Flush implements TransactionSynchronization {

        @Override
        public void beforeCommit(boolean readOnly) {
            @SuppressWarnings("unchecked")
            List<RecipientStore.Delivery> pending = (List<RecipientStore.Delivery>)
                    TransactionSynchronizationManager.unbindResource(DeliveriesAtCommit.this);
            recipients.delivery(pending, Instant.now(clock));
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(DeliveriesAtCommit.this);
        }
    }
}
