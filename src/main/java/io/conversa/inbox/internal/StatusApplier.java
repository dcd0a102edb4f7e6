package io.conversa.inbox.internal;

import io.conversa.core.WorkspaceId;
import io.conversa.inbox.MessageStatusChanged;
import io.conversa.inbox.StatusUpdate;
import io.conversa.inbox.internal.MessageStore.StatusTarget;
import io.conversa.inbox.spi.ErrorExplanations;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Applies Meta's delivery statuses to outbound messages: only forward moves, {@code failed} final with Meta's
 * reason in words, unknown ids kept for later.
 */
@Component
public class StatusApplier {

    private static final Logger log = LoggerFactory.getLogger(StatusApplier.class);

    private final MessageStore messages;
    private final OrphanStatuses orphans;
    private final ErrorExplanations explanations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StatusApplier(
            MessageStore messages,
            OrphanStatuses orphans,
            ErrorExplanations explanations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.messages = messages;
        this.orphans = orphans;
        this.explanations = explanations;
        this.events = events;
        this.clock = clock;
    }

    public void apply(UUID channelId, StatusUpdate status) {
        Instant now = Instant.now(clock);
        Optional<StatusTarget> target =
                messages.byWaMessageId(channelId, status.waMessageId()).or(() -> byCallbackData(channelId, status));
        if (target.isEmpty()) {
            orphans.keep(channelId, status, now);
            log.info("Status {} for unknown message {} kept for reconciliation", status.status(), status.waMessageId());
            return;
        }
        advance(target.get(), status, now);
    }

    /** A send whose answer never came (unknown) learns its Meta id from the status that names our message id. */
    private Optional<StatusTarget> byCallbackData(UUID channelId, StatusUpdate status) {
        UUID ours = parse(status.bizOpaqueCallbackData());
        Optional<StatusTarget> target = ours == null ? Optional.empty() : messages.byIdOnChannel(channelId, ours);
        target.ifPresent(t -> messages.accepted(t.id(), status.waMessageId(), Instant.now(clock)));
        return target.map(t -> new StatusTarget(t.id(), t.workspaceId(), t.conversationId(), "sent"));
    }

    void advance(StatusTarget target, StatusUpdate status, Instant now) {
        Optional<DeliveryStatus> next = DeliveryStatus.fromWire(status.status());
        DeliveryStatus current = DeliveryStatus.fromWire(target.status()).orElse(DeliveryStatus.PENDING);
        if (next.isEmpty() || !current.canAdvanceTo(next.get())) {
            return;
        }
        boolean moved;
        if (next.get() == DeliveryStatus.FAILED) {
            messages.failed(
                    target.id(),
                    status.errorCode(),
                    status.errorTitle(),
                    status.errorDetails(),
                    explanations.explain(status.errorCode()),
                    now);
            moved = true;
        } else {
            moved = messages.moveStatus(target.id(), target.status(), next.get().wire(), now);
        }
        if (moved) {
            events.publishEvent(new MessageStatusChanged(
                    new WorkspaceId(target.workspaceId()),
                    target.conversationId(),
                    target.id(),
                    next.get().wire()));
        }
    }

    private static UUID parse(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
