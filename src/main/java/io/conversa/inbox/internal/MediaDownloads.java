package io.conversa.inbox.internal;

import java.util.UUID;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Queues the download of a received media file, so the webhook answers without waiting for it. */
@Component
public class MediaDownloads {

    private final SendQueue queue;

    MediaDownloads(@Lazy SendQueue queue) {
        this.queue = queue;
    }

    public void schedule(UUID messageId) {
        queue.enqueueMediaDownload(messageId);
    }
}
