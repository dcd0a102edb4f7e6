package io.conversa.live.internal;

import io.conversa.live.LiveNotice;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The notices of this instance, by workspace: hands each one to the workspace's subscribers (open browsers) and keeps
 * the last {@value #KEPT} so a browser that reconnects gets what it missed. Subscribers must not block: the SSE
 * subscriber queues and sends on its own.
 */
@Component
public class LiveHub {

    static final int KEPT = 1000;
    static final int MAX_SUBSCRIBERS_PER_WORKSPACE = 500;

    /** An open browser (or a test). {@code deliver} must return quickly and never throw. */
    public interface Subscriber {
        void deliver(LiveNotice notice);
    }

    private final AtomicLong sequence = new AtomicLong();
    private final Map<UUID, List<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final Map<UUID, Deque<LiveNotice>> recent = new ConcurrentHashMap<>();

    /** Numbers the notice, keeps it for catch-up and hands it to the workspace's subscribers. */
    public void dispatch(LiveNotice notice) {
        LiveNotice numbered = notice.withSeq(sequence.incrementAndGet());
        Deque<LiveNotice> kept = recent.computeIfAbsent(notice.workspaceId(), id -> new ArrayDeque<>());
        synchronized (kept) {
            kept.addLast(numbered);
            while (kept.size() > KEPT) {
                kept.removeFirst();
            }
        }
        subscribers.getOrDefault(notice.workspaceId(), List.of()).forEach(s -> s.deliver(numbered));
    }

    /** False when the workspace already has as many open browsers as one instance serves. */
    public boolean subscribe(UUID workspaceId, Subscriber subscriber) {
        List<Subscriber> list = subscribers.computeIfAbsent(workspaceId, id -> new CopyOnWriteArrayList<>());
        if (list.size() >= MAX_SUBSCRIBERS_PER_WORKSPACE) {
            return false;
        }
        list.add(subscriber);
        return true;
    }

    public void unsubscribe(UUID workspaceId, Subscriber subscriber) {
        subscribers.getOrDefault(workspaceId, List.of()).remove(subscriber);
    }

    /**
     * The notices after {@code lastSeq}, oldest first; empty when that point is no longer kept (or is unknown, e.g.
     * from before a restart): the browser must then redraw everything.
     */
    public Optional<List<LiveNotice>> since(UUID workspaceId, long lastSeq) {
        Deque<LiveNotice> kept = recent.getOrDefault(workspaceId, new ArrayDeque<>());
        synchronized (kept) {
            if (lastSeq > sequence.get()) {
                return Optional.empty(); // an id from another run of this instance
            }
            LiveNotice oldest = kept.peekFirst();
            if (oldest != null && oldest.seq() > lastSeq + 1) {
                return Optional.empty(); // some were dropped from the buffer
            }
            List<LiveNotice> missed = new ArrayList<>();
            kept.forEach(n -> {
                if (n.seq() > lastSeq) {
                    missed.add(n);
                }
            });
            return Optional.of(missed);
        }
    }

    /** Every open browser of this instance redraws everything (notices may have been missed). */
    public void resyncAll() {
        LiveNotice resync = new LiveNotice(0, null, "resync", null, null, null, null);
        subscribers.values().forEach(list -> list.forEach(s -> s.deliver(resync)));
    }

    /** Every subscriber of this instance, for heartbeats. */
    List<Subscriber> all() {
        List<Subscriber> all = new ArrayList<>();
        subscribers.values().forEach(all::addAll);
        return all;
    }

    public int subscribers(UUID workspaceId) {
        return subscribers.getOrDefault(workspaceId, List.of()).size();
    }
}
