package io.conversa.live.internal;

import io.conversa.live.LiveNotice;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open browsers as SSE streams. Each has a bounded queue drained by a small shared pool, so a slow or vanished
 * browser never holds up whoever publishes; one that falls {@value #QUEUE} notices behind is closed (its
 * EventSource reconnects and catches up). A comment every 20 s keeps proxies from closing idle streams. One user
 * keeps at most {@value #MAX_STREAMS_PER_USER} streams open on an instance.
 *
 * <p>Catch-up: each event's id is {@code <run>-<seq>} ({@link EventIds}). A browser that reconnects with a {@code
 * Last-Event-ID} of this run first gets every notice of its workspace after that one, while the instance still keeps
 * them all (the last {@value LiveHub#KEPT} per workspace); otherwise (older than that, from another instance or from
 * before a restart, or not an id at all) it first gets one {@code resync} event: reload the list and the open
 * conversation.
 */
@Component
public class SseSubscribers implements DisposableBean {

    /** Room for a whole catch-up and what arrives meanwhile (the queue holds shared notices, not copies). */
    static final int QUEUE = LiveHub.KEPT + 64;

    public static final int MAX_STREAMS_PER_USER = 10;
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);
    private static final Object HEARTBEAT = new Object();

    private final LiveHub hub;
    private final JsonMapper json;
    private final EventIds ids = new EventIds();
    private final StreamsPerUser streamsPerUser = new StreamsPerUser(MAX_STREAMS_PER_USER);
    private final ExecutorService senders = Executors.newFixedThreadPool(4, daemon("live-sender"));
    private final ScheduledExecutorService heartbeats =
            Executors.newSingleThreadScheduledExecutor(daemon("live-heartbeat"));

    SseSubscribers(LiveHub hub, JsonMapper json) {
        this.hub = hub;
        this.json = json;
        heartbeats.scheduleAtFixedRate(this::heartbeat, 20, 20, TimeUnit.SECONDS);
    }

    /**
     * A stream for a user's browser in a workspace. With the {@code Last-Event-ID} it last saw (null on a first
     * connection), it first gets what it missed, or a {@code resync} event when that is not known; then a {@code
     * ready} event whose id marks where a later reconnection catches up from. Empty when the instance already serves
     * as many streams as it allows for the workspace or for the user.
     */
    public Optional<SseEmitter> open(UUID workspaceId, UUID userId, String lastEventId) {
        if (!streamsPerUser.tryOpen(userId)) {
            return Optional.empty();
        }
        long openedAt = hub.lastSeq(); // read before subscribing: a notice after it is never skipped
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        Stream stream = new Stream(workspaceId, userId, emitter);
        if (!hub.subscribe(workspaceId, stream)) {
            streamsPerUser.closed(userId);
            return Optional.empty();
        }
        emitter.onCompletion(stream::close);
        emitter.onTimeout(stream::close);
        emitter.onError(e -> stream.close());
        if (lastEventId != null && !lastEventId.isBlank()) {
            missedSince(workspaceId, lastEventId)
                    .ifPresentOrElse(
                            missed -> missed.forEach(stream::deliver),
                            () -> stream.deliver(LiveNotice.control("resync", workspaceId, openedAt)));
        }
        stream.deliver(LiveNotice.control("ready", workspaceId, openedAt)); // also opens the stream at once
        return Optional.of(emitter);
    }

    private Optional<List<LiveNotice>> missedSince(UUID workspaceId, String lastEventId) {
        OptionalLong seq = ids.seqOf(lastEventId.trim());
        return seq.isPresent() ? hub.since(workspaceId, seq.getAsLong()) : Optional.empty();
    }

    private void heartbeat() {
        streams().forEach(stream -> stream.enqueue(HEARTBEAT));
    }

    /**
     * Shutting down: every stream ends now, so graceful shutdown does not wait for them (each browser reconnects to
     * another instance, or to this one when it is back, and catches up).
     */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        streams().forEach(Stream::end);
    }

    /** This instance's open streams (the hub may also hold other subscribers). */
    private List<Stream> streams() {
        return hub.all().stream()
                .filter(Stream.class::isInstance)
                .map(Stream.class::cast)
                .toList();
    }

    @Override
    public void destroy() {
        heartbeats.shutdownNow();
        senders.shutdownNow();
    }

    private final class Stream implements LiveHub.Subscriber {

        private final UUID workspaceId;
        private final UUID userId;
        private final SseEmitter emitter;
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
        private final AtomicBoolean draining = new AtomicBoolean();
        private final AtomicBoolean closed = new AtomicBoolean();

        Stream(UUID workspaceId, UUID userId, SseEmitter emitter) {
            this.workspaceId = workspaceId;
            this.userId = userId;
            this.emitter = emitter;
        }

        @Override
        public void deliver(LiveNotice notice) {
            enqueue(notice);
        }

        void enqueue(Object item) {
            if (closed.get()) {
                return;
            }
            if (!queue.offer(item)) {
                abandon(); // too far behind: the browser reconnects and catches up
                return;
            }
            if (draining.compareAndSet(false, true)) {
                senders.execute(this::drain);
            }
        }

        private void drain() {
            try {
                for (Object item = queue.poll(); item != null && !closed.get(); item = queue.poll()) {
                    send(item);
                }
            } catch (IOException | IllegalStateException e) {
                close();
            } finally {
                draining.set(false);
                if (!queue.isEmpty() && !closed.get() && draining.compareAndSet(false, true)) {
                    senders.execute(this::drain);
                }
            }
        }

        private void send(Object item) throws IOException {
            if (item == HEARTBEAT) {
                emitter.send(SseEmitter.event().comment("ok"));
                return;
            }
            LiveNotice notice = (LiveNotice) item;
            emitter.send(SseEmitter.event()
                    .id(ids.of(notice.seq()))
                    .name(notice.type())
                    .data(json.writeValueAsString(notice), MediaType.APPLICATION_JSON));
        }

        void close() {
            if (closed.compareAndSet(false, true)) {
                hub.unsubscribe(workspaceId, this);
                streamsPerUser.closed(userId);
            }
        }

        /**
         * Ends the stream from a sender thread: {@code complete()} waits for a send in progress, which a browser that
         * stopped reading can hold until the write times out, and whoever publishes must never wait for that.
         */
        void abandon() {
            close();
            senders.execute(emitter::complete);
        }

        void end() {
            close();
            emitter.complete();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
