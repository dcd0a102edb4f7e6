package io.conversa.inbox.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Queues durable tasks (db-scheduler) in the caller's transaction: a send, a media download, a read receipt. */
@Component
public class SendQueue {

    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> sendTask;
    private final OneTimeTask<Void> mediaTask;
    private final OneTimeTask<Void> readReceiptTask;
    private final Clock clock;

    SendQueue(
            @Lazy SchedulerClient scheduler,
            @Qualifier("sendMessageTask") OneTimeTask<Void> sendTask,
            @Qualifier("downloadMediaTask") OneTimeTask<Void> mediaTask,
            @Qualifier("readReceiptTask") OneTimeTask<Void> readReceiptTask,
            Clock clock) {
        this.readReceiptTask = readReceiptTask;
        this.scheduler = scheduler;
        this.sendTask = sendTask;
        this.mediaTask = mediaTask;
        this.clock = clock;
    }

    public void enqueue(UUID messageId) {
        scheduler.scheduleIfNotExists(sendTask.instance(messageId.toString()), Instant.now(clock));
    }

    public void enqueueReadReceipt(UUID inboundMessageId) {
        scheduler.scheduleIfNotExists(readReceiptTask.instance(inboundMessageId.toString()), Instant.now(clock));
    }

    public void enqueueMediaDownload(UUID messageId) {
        scheduler.scheduleIfNotExists(mediaTask.instance(messageId.toString()), Instant.now(clock));
    }
}
