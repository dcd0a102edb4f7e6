package io.conversa.inbox.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Queues durable tasks (db-scheduler) in the caller's transaction: a send, a media download, a read receipt. */
@Component
public class SendQueue {

    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> sendTask;
    private final OneTimeTask<String> sendTogetherTask;
    private final OneTimeTask<Void> mediaTask;
    private final OneTimeTask<Void> readReceiptTask;
    private final Clock clock;

    SendQueue(
            @Lazy SchedulerClient scheduler,
            @Qualifier("sendMessageTask") OneTimeTask<Void> sendTask,
            @Qualifier("sendTogetherTask") OneTimeTask<String> sendTogetherTask,
            @Qualifier("downloadMediaTask") OneTimeTask<Void> mediaTask,
            @Qualifier("readReceiptTask") OneTimeTask<Void> readReceiptTask,
            Clock clock) {
        this.readReceiptTask = readReceiptTask;
        this.scheduler = scheduler;
        this.sendTask = sendTask;
        this.sendTogetherTask = sendTogetherTask;
        this.mediaTask = mediaTask;
        this.clock = clock;
    }

    public void enqueue(UUID messageId) {
        scheduler.scheduleIfNotExists(sendTask.instance(messageId.toString()), Instant.now(clock));
    }

    /** Queues a send again at a later moment (a retryable error). */
    public void enqueueAt(UUID messageId, Instant when) {
        scheduler.scheduleIfNotExists(sendTask.instance(messageId.toString()), when);
    }

    /**
     * Queues several messages' deliveries as one task, which records their attempts together, makes the calls in
     * parallel and records the outcomes together (see {@link OutboundSender#deliverTogether}).
     */
    public void enqueueTogether(List<UUID> messageIds) {
        if (messageIds.size() == 1) {
            enqueue(messageIds.get(0));
        } else if (!messageIds.isEmpty()) {
            String ids = messageIds.stream().map(UUID::toString).collect(Collectors.joining(","));
            scheduler.scheduleIfNotExists(
                    sendTogetherTask.instance(messageIds.get(0).toString(), ids), Instant.now(clock));
        }
    }

    /** The message ids of a {@link #enqueueTogether} task's data. */
    static List<UUID> together(String data) {
        return Arrays.stream(data.split(",")).map(UUID::fromString).toList();
    }

    public void enqueueReadReceipt(UUID inboundMessageId) {
        scheduler.scheduleIfNotExists(readReceiptTask.instance(inboundMessageId.toString()), Instant.now(clock));
    }

    public void enqueueMediaDownload(UUID messageId) {
        scheduler.scheduleIfNotExists(mediaTask.instance(messageId.toString()), Instant.now(clock));
    }
}
