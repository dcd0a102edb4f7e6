package io.conversa.inbox.internal;

import io.conversa.core.WorkspaceId;
import io.conversa.inbox.InboxProperties;
import io.conversa.inbox.MessageStatusChanged;
import io.conversa.inbox.internal.MessageStore.Outbound;
import io.conversa.inbox.spi.OutboundChannel;
import io.conversa.inbox.spi.OutboundMessage;
import io.conversa.inbox.spi.SendOutcome;
import io.conversa.settings.Channels;
import io.conversa.templates.RenderedTemplate;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers one stored message through the outbound port (run by the durable send task). The attempt is recorded
 * before the call; a task that finds its message still "sending" ran into a crash mid-call and marks it
 * {@code unknown} for a person to decide, never sending it a second time.
 */
@Component
class OutboundSender {

    private static final Logger log = LoggerFactory.getLogger(OutboundSender.class);
    private static final Duration RATE_WAIT = Duration.ofSeconds(5);

    private final MessageStore messages;
    private final OrphanStatuses orphans;
    private final StatusApplier statuses;
    private final OutboundChannel channel;
    private final Channels channels;
    private final SendRateLimiter rateLimiter;
    private final ConversationStore conversations;
    private final JsonMapper json;
    private final InboxProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SendQueue queue;
    private final ExecutorService parallelCalls;

    OutboundSender(
            MessageStore messages,
            OrphanStatuses orphans,
            StatusApplier statuses,
            OutboundChannel channel,
            Channels channels,
            SendRateLimiter rateLimiter,
            ConversationStore conversations,
            JsonMapper json,
            InboxProperties properties,
            ApplicationEventPublisher events,
            @Lazy SendQueue queue,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.conversations = conversations;
        this.json = json;
        this.messages = messages;
        this.orphans = orphans;
        this.statuses = statuses;
        this.channel = channel;
        this.channels = channels;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.queue = queue;
        this.parallelCalls = Executors.newFixedThreadPool(properties.sendParallelCalls(), runnable -> {
            Thread thread = new Thread(runnable, "outbound-call");
            thread.setDaemon(true);
            return thread;
        });
    }

    void deliver(UUID messageId) throws InterruptedException {
        Optional<Outbound> found = messages.outbound(messageId);
        if (found.isEmpty()) {
            return;
        }
        Outbound message = found.get();
        if ("sending".equals(message.status())) {
            finish(message, "unknown", () -> messages.moveStatus(messageId, "sending", "unknown", now()));
            log.warn("Message {} was being sent when the app stopped: marked unknown, not resent", messageId);
            return;
        }
        if (!"pending".equals(message.status())) {
            return;
        }
        int perSecond = channels.credentials(message.channelId()).messagesPerSecond();
        if (!rateLimiter.acquire(message.channelId(), perSecond, RATE_WAIT)) {
            throw new RetryLater("rate limit of " + perSecond + "/s", Duration.ofSeconds(1));
        }
        messages.startAttempt(messageId, now());
        ConversationStore.Recipient recipient = conversations.recipient(message.conversationId());
        SendOutcome outcome = channel.send(request(message, recipient.to()));
        RetryLater retry = transaction.execute(status -> apply(message, recipient, outcome));
        if (retry != null) {
            throw retry; // after the commit that put the message back to pending
        }
    }

    /**
     * Delivers messages queued together: their attempts recorded in one transaction, the calls made in parallel, the
     * outcomes recorded in one transaction. A message still "sending" ran into a crash and is marked unknown as in
     * {@link #deliver}; one whose error is retryable goes back to the single-message queue with its backoff.
     */
    void deliverTogether(List<UUID> ids) throws InterruptedException {
        List<Outbound> found = messages.outbound(ids);
        List<Outbound> interrupted =
                found.stream().filter(m -> "sending".equals(m.status())).toList();
        if (!interrupted.isEmpty()) {
            transaction.executeWithoutResult(tx -> interrupted.forEach(message -> {
                if (messages.moveStatus(message.id(), "sending", "unknown", now())) {
                    announce(message, "unknown");
                }
            }));
            log.warn(
                    "{} messages were being sent when the app stopped: marked unknown, not resent", interrupted.size());
        }
        Map<UUID, List<Outbound>> pendingByChannel = found.stream()
                .filter(m -> "pending".equals(m.status()))
                .collect(Collectors.groupingBy(Outbound::channelId, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<UUID, List<Outbound>> channelMessages : pendingByChannel.entrySet()) {
            deliverTogether(channelMessages.getKey(), channelMessages.getValue());
        }
    }

    private void deliverTogether(UUID channelId, List<Outbound> pending) throws InterruptedException {
        int perSecond = channels.credentials(channelId).messagesPerSecond();
        if (!rateLimiter.acquire(channelId, perSecond, pending.size(), RATE_WAIT)) {
            throw new RetryLater("rate limit of " + perSecond + "/s", Duration.ofSeconds(1));
        }
        List<Outbound> started = transaction.execute(tx -> messages.startAttempts(pending, now()));
        Map<UUID, ConversationStore.Recipient> recipients = conversations.recipients(
                started.stream().map(Outbound::conversationId).collect(Collectors.toSet()));
        List<Future<SendOutcome>> calls = new ArrayList<>(started.size());
        for (Outbound message : started) {
            OutboundMessage request =
                    request(message, recipients.get(message.conversationId()).to());
            calls.add(parallelCalls.submit(() -> channel.send(request)));
        }
        List<SendOutcome> outcomes = new ArrayList<>(started.size());
        for (Future<SendOutcome> call : calls) {
            outcomes.add(outcomeOf(call));
        }
        transaction.executeWithoutResult(tx -> {
            List<Taken> taken = new ArrayList<>();
            for (int i = 0; i < started.size(); i++) {
                Outbound message = started.get(i);
                ConversationStore.Recipient recipient = recipients.get(message.conversationId());
                if (outcomes.get(i) instanceof SendOutcome.Accepted accepted) {
                    taken.add(new Taken(message, recipient, accepted));
                    continue;
                }
                RetryLater retry = apply(message, recipient, outcomes.get(i));
                if (retry != null) {
                    Duration wait =
                            retry.atLeast() == null || retry.atLeast().compareTo(properties.sendFirstRetry()) < 0
                                    ? properties.sendFirstRetry()
                                    : retry.atLeast();
                    queue.enqueueAt(message.id(), now().plus(wait));
                }
            }
            accepted(channelId, taken);
        });
    }

    /** A call that threw (a bug, not an answer from Meta) may have reached Meta: its outcome is unknown. */
    private static SendOutcome outcomeOf(Future<SendOutcome> call) throws InterruptedException {
        try {
            return call.get();
        } catch (ExecutionException e) {
            log.error("A send failed unexpectedly", e.getCause());
            return new SendOutcome.Unknown(String.valueOf(e.getCause()));
        }
    }

    @PreDestroy
    void stop() {
        parallelCalls.shutdownNow();
    }

    /** Records the outcome; answers a {@link RetryLater} when the send should be tried again. */
    private RetryLater apply(Outbound message, ConversationStore.Recipient recipient, SendOutcome outcome) {
        if (outcome instanceof SendOutcome.Accepted accepted) {
            accepted(message.channelId(), List.of(new Taken(message, recipient, accepted)));
        } else if (outcome instanceof SendOutcome.Rejected rejected) {
            return rejected(message, rejected);
        } else if (outcome instanceof SendOutcome.Unknown unknown) {
            messages.moveStatus(message.id(), "sending", "unknown", now());
            announce(message, "unknown");
            log.warn("Outcome of message {} unknown ({}): flagged, not resent", message.id(), unknown.reason());
        }
        return null;
    }

    /** A message Meta took, with its conversation's contact and Meta's answer. */
    private record Taken(Outbound message, ConversationStore.Recipient recipient, SendOutcome.Accepted outcome) {}

    /**
     * Records messages of one number that Meta took, together: their Meta ids in one batch, the contact's wa_id when
     * Meta answered another, and the statuses that arrived before the answer (one lookup for all).
     */
    private void accepted(UUID channelId, List<Taken> taken) {
        if (taken.isEmpty()) {
            return;
        }
        Map<UUID, String> waMessageIds = new LinkedHashMap<>();
        taken.forEach(t -> waMessageIds.put(t.message().id(), t.outcome().waMessageId()));
        messages.accepted(waMessageIds, now());
        for (Taken t : taken) {
            String waId = t.outcome().waId();
            if (waId != null && !t.recipient().keyedBy(waId)) {
                conversations.adoptWaId(t.message().conversationId(), waId, now());
            }
            announce(t.message(), "sent");
        }
        orphans.take(channelId, waMessageIds.values())
                .values()
                .forEach(waiting -> waiting.forEach(status -> statuses.apply(channelId, status)));
    }

    private RetryLater rejected(Outbound message, SendOutcome.Rejected rejected) {
        boolean attemptsLeft = message.attempts() + 1 < properties.sendMaxAttempts();
        if (rejected.retryable() && attemptsLeft) {
            messages.moveStatus(message.id(), "sending", "pending", now());
            log.info("Message {}: Meta error {} is retryable, will retry", message.id(), rejected.code());
            return new RetryLater("Meta error " + rejected.code(), rejected.retryAfter());
        }
        messages.failed(
                message.id(), rejected.code(), rejected.title(), rejected.details(), rejected.explanation(), now());
        announce(message, "failed");
        log.info("Message {} failed: Meta error {} {}", message.id(), rejected.code(), rejected.title());
        return null;
    }

    private void finish(Outbound message, String status, Runnable change) {
        transaction.executeWithoutResult(tx -> {
            change.run();
            announce(message, status);
        });
    }

    private void announce(Outbound message, String status) {
        events.publishEvent(new MessageStatusChanged(
                new WorkspaceId(message.workspaceId()), message.conversationId(), message.id(), status));
    }

    private OutboundMessage request(Outbound message, String to) {
        String callback = message.id().toString();
        if ("template".equals(message.type())) {
            RenderedTemplate rendered = json.readValue(message.request(), RenderedTemplate.class);
            return new OutboundMessage(
                    message.id(),
                    message.channelId(),
                    to,
                    OutboundMessage.Kind.TEMPLATE,
                    null,
                    false,
                    null,
                    template(rendered),
                    message.replyToWaId(),
                    callback);
        }
        boolean previewUrl = message.text() != null && message.text().contains("https://");
        return new OutboundMessage(
                message.id(),
                message.channelId(),
                to,
                OutboundMessage.Kind.TEXT,
                message.text(),
                previewUrl,
                null,
                null,
                message.replyToWaId(),
                callback);
    }

    private static OutboundMessage.Template template(RenderedTemplate rendered) {
        return new OutboundMessage.Template(
                rendered.name(),
                rendered.language(),
                rendered.components().stream()
                        .map(c -> new OutboundMessage.Component(
                                c.type(),
                                c.subType(),
                                c.index(),
                                c.parameters().stream()
                                        .map(p -> new OutboundMessage.Parameter(p.type(), p.name(), p.value()))
                                        .toList()))
                        .toList());
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
