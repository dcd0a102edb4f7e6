package io.conversa.campaigns.internal;

import io.conversa.campaigns.CampaignsProperties;
import io.conversa.core.DomainException;
import io.conversa.core.E164;
import io.conversa.core.WorkspaceId;
import io.conversa.identity.Workspaces;
import io.conversa.inbox.Inbox;
import io.conversa.inbox.MessageView;
import io.conversa.inbox.NumberedSend;
import io.conversa.inbox.QueuedMessage;
import io.conversa.inbox.SendRequest;
import io.conversa.receivables.Customers;
import io.conversa.settings.ChannelCredentials;
import io.conversa.settings.Channels;
import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands each running bulk send's recipients, in order, to the inbox's durable outbound queue, which sends them at the
 * number's messages-per-second (shared by every instance). Only a few seconds of sends are handed ahead, so a pause
 * takes effect quickly and throughput errors, which keep messages waiting in the queue, slow the handing down.
 *
 * <p>Recipients are taken (queued → handed) and their messages created in one transaction per chunk, each with an
 * idempotency key of its own: after a crash a recipient is either still queued or handed with its message, never
 * both, never twice. A chunk's messages are sent together by one task (attempts recorded, calls made in parallel,
 * outcomes recorded), so a message costs a few statements rather than a few transactions. Before
 * handing: an opted-out contact is skipped, a customer whose balance fell to zero is skipped ("pagó antes del
 * envío"), and a recipient outside its contact hours waits for the next allowed moment in its own time zone.
 *
 * <p>Runs inside one recurring db-scheduler task, so one instance dispatches at a time.
 */
@Component
public class BulkDispatcher {

    private static final Logger log = LoggerFactory.getLogger(BulkDispatcher.class);

    private final RecipientZones zones = new RecipientZones();
    private final ExecutorService handing;
    private final BulkSendStore sends;
    private final RecipientStore recipients;
    private final OptOutStore optOuts;
    private final ContactHoursPolicy hours;
    private final BulkTemplate templates;
    private final Inbox inbox;
    private final Customers customers;
    private final Channels channels;
    private final Workspaces workspaces;
    private final CampaignsProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    BulkDispatcher(
            BulkSendStore sends,
            RecipientStore recipients,
            OptOutStore optOuts,
            ContactHoursPolicy hours,
            BulkTemplate templates,
            Inbox inbox,
            Customers customers,
            Channels channels,
            Workspaces workspaces,
            CampaignsProperties properties,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.sends = sends;
        this.recipients = recipients;
        this.optOuts = optOuts;
        this.hours = hours;
        this.templates = templates;
        this.inbox = inbox;
        this.customers = customers;
        this.channels = channels;
        this.workspaces = workspaces;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.handing = Executors.newFixedThreadPool(properties.handThreads(), runnable -> {
            Thread thread = new Thread(runnable, "bulk-hand");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Dispatches for up to {@code budget}, pass after pass, until nothing runs or the scheduler stops. */
    public void run(Duration budget, BooleanSupplier stopping) throws InterruptedException {
        Instant end = now().plus(budget);
        while (now().isBefore(end) && !stopping.getAsBoolean()) {
            if (!pass()) {
                return;
            }
            Thread.sleep(properties.dispatchPass().toMillis());
        }
    }

    /** One pass over every running bulk send; false when none is running. */
    public boolean pass() {
        sends.startDue(now());
        List<BulkSendStore.Dispatchable> running = sends.running();
        for (BulkSendStore.Dispatchable send : running) {
            try {
                dispatch(send);
            } catch (RuntimeException e) {
                log.error("Bulk send {}: dispatch pass failed, will try again", send.id(), e);
            }
        }
        return !running.isEmpty();
    }

    private void dispatch(BulkSendStore.Dispatchable send) {
        WorkspaceId workspace = new WorkspaceId(send.workspaceId());
        Optional<ChannelCredentials> channel = channels.primary(workspace);
        if (channel.isEmpty()) {
            return; // nothing to send with until a number is connected
        }
        int inFlight = recipients.inFlight(send.id());
        int budget = channel.get().messagesPerSecond() * properties.handAhead() - inFlight;
        if (budget <= 0) {
            return;
        }
        Instant now = now();
        List<RecipientStore.Claimable> batch = recipients.nextQueued(send.id(), now, budget);
        if (batch.isEmpty()) {
            if (inFlight == 0 && !recipients.anyQueued(send.id())) {
                sends.move(send.workspaceId(), send.id(), List.of("running"), "completed", now);
                log.info("Bulk send {} completed", send.id());
            }
            return;
        }
        ContactHours contactHours = hours.of(send.workspaceId());
        ZoneId workspaceZone = workspaces.get(workspace).zone();
        Set<String> optedOut = optOuts.optedOut(
                send.workspaceId(),
                batch.stream().map(RecipientStore.Claimable::phone).toList());
        Map<java.util.UUID, BigDecimal> owing = customers.openBalances(
                workspace,
                batch.stream()
                        .map(RecipientStore.Claimable::customerId)
                        .filter(Objects::nonNull)
                        .toList());
        List<RecipientStore.Claimable> handable = new ArrayList<>(batch.size());
        for (RecipientStore.Claimable recipient : batch) {
            if (optedOut.contains(recipient.phone())) {
                recipients.skip(recipient.id(), "opted_out", now);
            } else if (recipient.customerId() != null && !owing.containsKey(recipient.customerId())) {
                recipients.skip(recipient.id(), "paid_before", now);
            } else {
                handable.add(recipient);
            }
        }
        int chunk = Math.max(1, Math.min(properties.handChunk(), channel.get().messagesPerSecond() / 20));
        List<Callable<Void>> hand = new ArrayList<>();
        for (int from = 0; from < handable.size(); from += chunk) {
            List<RecipientStore.Claimable> part = handable.subList(from, Math.min(from + chunk, handable.size()));
            hand.add(() -> {
                handChunk(send, workspace, withinHours(part, contactHours, workspaceZone, now));
                return null;
            });
        }
        handAll(send, hand);
    }

    /**
     * The recipients whose contact hours allow a message now; the others wait for their next allowed moment. Runs on
     * the handing threads: reading a number's time zone (libphonenumber) is costly enough that one thread doing it for
     * a whole batch held the handing back. Hours that are {@code always} need no zone.
     */
    private List<RecipientStore.Claimable> withinHours(
            List<RecipientStore.Claimable> recipientsOfChunk,
            ContactHours contactHours,
            ZoneId workspaceZone,
            Instant now) {
        if (contactHours.isAlways()) {
            return recipientsOfChunk;
        }
        List<RecipientStore.Claimable> allowed = new ArrayList<>(recipientsOfChunk.size());
        for (RecipientStore.Claimable recipient : recipientsOfChunk) {
            ZoneId zone = zones.zoneOf(new E164(recipient.phone()), workspaceZone);
            if (contactHours.allows(now, zone)) {
                allowed.add(recipient);
            } else {
                recipients.waitUntil(recipient.id(), contactHours.nextAllowed(now, zone), now);
            }
        }
        return allowed;
    }

    /**
     * Hands a chunk over in one transaction, its messages then sent together by one task. When the inbox refuses one
     * of them (nothing of the chunk is stored then), they are handed one by one, so the others go and the refusal is
     * recorded on its recipient.
     */
    private void handChunk(
            BulkSendStore.Dispatchable send, WorkspaceId workspace, List<RecipientStore.Claimable> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        try {
            transaction.executeWithoutResult(tx -> {
                List<RecipientStore.Claimable> taken = recipients.take(chunk, now());
                List<QueuedMessage> messages = inbox.sendToNumbers(
                        workspace,
                        taken.stream()
                                .map(r -> new NumberedSend(
                                        r.phone(), templates.request(send, r.parameters()), idempotencyKey(r)))
                                .toList(),
                        send.createdBy());
                recipients.handed(taken, messages);
            });
        } catch (DomainException e) {
            chunk.forEach(recipient -> hand(send, workspace, recipient));
        }
    }

    /** Hands recipients over in parallel: each is a few database round trips, so one thread would set the pace. */
    private void handAll(BulkSendStore.Dispatchable send, List<Callable<Void>> hand) {
        try {
            for (Future<Void> handed : handing.invokeAll(hand)) {
                try {
                    handed.get();
                } catch (ExecutionException e) {
                    log.error(
                            "Bulk send {}: a recipient could not be handed over, will try again",
                            send.id(),
                            e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        handing.shutdownNow();
    }

    private void hand(BulkSendStore.Dispatchable send, WorkspaceId workspace, RecipientStore.Claimable recipient) {
        SendRequest request = templates.request(send, recipient.parameters());
        try {
            transaction.executeWithoutResult(tx -> {
                if (recipients.take(recipient.id(), now())) {
                    MessageView message = inbox.sendToNumber(
                            workspace, recipient.phone(), request, send.createdBy(), idempotencyKey(recipient));
                    recipients.handed(recipient.id(), message.id(), message.conversationId());
                }
            });
        } catch (DomainException e) {
            transaction.executeWithoutResult(tx -> recipients.refused(recipient.id(), e.getMessage(), now()));
            log.info("Bulk send {}: recipient {} refused: {}", send.id(), recipient.id(), e.getMessage());
        }
    }

    /** One key per recipient and attempt: a retried recipient is a new message, a replayed hand-over is not. */
    private static String idempotencyKey(RecipientStore.Claimable recipient) {
        return "bulk:" + recipient.id() + ":" + recipient.attempt();
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
