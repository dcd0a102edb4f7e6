package io.conversa.live.internal;

import io.conversa.live.LiveNotice;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
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
 * EventSource reconnects and catches up). A comment every 20 s keeps proxies from closing idle streams.
 */
@Component
public class SseSubscribers implements DisposableBean {

    static final int QUEUE = 256;
    static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);
    private static final Object HEARTBEAT = new Object();

    private final LiveHub hub;
    private final JsonMapper json;
    private final ExecutorService senders = Executors.newFixedThreadPool(4, daemon("live-sender"));
    private final ScheduledExecutorService heartbeats =
            Executors.newSingleThreadScheduledExecutor(daemon("live-heartbeat"));

    SseSubscribers(LiveHub hub, JsonMapper json) {
        this.hub = hub;
        this.json = json;
        heartbeats.scheduleAtFixedRate(this::heartbeat, 20, 20, TimeUnit.SECONDS);
    }

    /**
     * A stream for a workspace's browser. With the {@code Last-Event-ID} it last saw, it first gets what it missed,
     * or a {@code resync} event when that is no longer known. Empty when the instance serves too many already.
     */
    public Optional<SseEmitter> open(UUID workspaceId, Long lastEventId) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
        Stream stream = new Stream(workspaceId, emitter);
        if (!hub.subscribe(workspaceId, stream)) {
            return Optional.empty();
        }
        emitter.onCompletion(stream::close);
        emitter.onTimeout(stream::close);
        emitter.onError(e -> stream.close());
        if (lastEventId != null) {
            hub.since(workspaceId, lastEventId)
                    .ifPresentOrElse(
                            missed -> missed.forEach(stream::deliver),
                            () -> stream.deliver(new LiveNotice(0, workspaceId, "resync", null, null, null, null)));
        }
        stream.enqueue(HEARTBEAT); // opens the stream at once
        return Optional.of(emitter);
    }

    private void heartbeat() {
        hub.all().forEach(s -> ((Stream) s).enqueue(HEARTBEAT));
    }

    /**
     * Shutting down: every stream ends now, so graceful shutdown does not wait for them (each browser reconnects to
     * another instance, or to this one when it is back, and catches up).
     */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        hub.all().forEach(s -> ((Stream) s).end());
    }

    @Override
    public void destroy() {
        heartbeats.shutdownNow();
        senders.shutdownNow();
    }

    private final class Stream implements LiveHub.Subscriber {

        private final UUID workspaceId;
        private final SseEmitter emitter;
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
        private final AtomicBoolean draining = new AtomicBoolean();
        private final AtomicBoolean closed = new AtomicBoolean();

        Stream(UUID workspaceId, SseEmitter emitter) {
            this.workspaceId = workspaceId;
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
                end(); // too far behind: the browser reconnects and catches up
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
            SseEmitter.SseEventBuilder event = SseEmitter.event()
                    .name(notice.type())
                    .data(json.writeValueAsString(notice), MediaType.APPLICATION_JSON);
            if (notice.seq() > 0) {
                event.id(Long.toString(notice.seq()));
            }
            emitter.send(event);
        }

        void close() {
            if (closed.compareAndSet(false, true)) {
                hub.unsubscribe(workspaceId, this);
            }
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
