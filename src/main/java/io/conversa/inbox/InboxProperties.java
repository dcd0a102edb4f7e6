package io.conversa.inbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code conversa.inbox.*}.
 *
 * @param mediaDir where received media files are stored ({@code CONVERSA_INBOX_MEDIA_DIR})
 * @param mediaMaxSize the largest media file kept ({@code CONVERSA_INBOX_MEDIA_MAX_SIZE})
 * @param sendMaxAttempts attempts of a send whose errors are retryable before it is marked failed
 * @param sendFirstRetry the first retry delay; later ones double, with jitter
 * @param schedulerThreads threads that run durable tasks (sends, media downloads)
 * @param sendParallelCalls calls to WhatsApp an instance makes at the same time for messages queued together (bulk
 *     sends); with Meta answering in about 300 ms, 128 calls keep up with about 400 messages per second per instance
 * @param schedulerPollingInterval how often each instance looks for due durable tasks when none woke it
 * @param schedulerHeartbeat how often an instance tells the others it is alive; after six missed heartbeats its
 *     tasks are taken over (so a crashed instance's work resumes about a minute later by default)
 * @param readReceipts whether opening a conversation tells the customer it was read (blue ticks;
 *     {@code CONVERSA_INBOX_READ_RECEIPTS}, off by default)
 */
@ConfigurationProperties("conversa.inbox")
public record InboxProperties(
        @DefaultValue("./data/media") String mediaDir,
        @DefaultValue("25MB") DataSize mediaMaxSize,
        @DefaultValue("8") int sendMaxAttempts,
        @DefaultValue("2s") Duration sendFirstRetry,
        @DefaultValue("8") int schedulerThreads,
        @DefaultValue("128") int sendParallelCalls,
        @DefaultValue("500ms") Duration schedulerPollingInterval,
        @DefaultValue("10s") Duration schedulerHeartbeat,
        @DefaultValue("false") boolean readReceipts) {}
