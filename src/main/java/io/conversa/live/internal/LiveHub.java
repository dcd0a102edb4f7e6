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

    public static final int KEPT = 1000;
    static final int MAX_SUBSCRIBERS_PER_WORKSPACE = 500;

    /** An open browser (or a test). {@code deliver} must return quickly and never throw. */
    public interface Subscriber {
        void deliver(LiveNotice notice);
    }

    private final AtomicLong sequence = new AtomicLong();
    private final Map<UUID, List<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final Map<UUID, Recent> recent = new ConcurrentHashMap<>();
    private volatile long lostBefore; // notices may have been lost before this number (see resyncAll)

    /** A workspace's last notices, and the number of the last one dropped to keep no more than {@value #KEPT}. */
    private static final class Recent {
        final Deque<LiveNotice> kept = new ArrayDeque<>();
        long droppedUpTo;
    }

    /** Numbers the notice, keeps it for catch-up and hands it to the workspace's subscribers. */
    public void dispatch(LiveNotice notice) {
        LiveNotice numbered = notice.withSeq(sequence.incrementAndGet());
        Recent workspace = recent.computeIfAbsent(notice.workspaceId(), id -> new Recent());
        synchronized (workspace) {
            workspace.kept.addLast(numbered);
            while (workspace.kept.size() > KEPT) {
                workspace.droppedUpTo = workspace.kept.removeFirst().seq();
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
        if (lastSeq > sequence.get() || lastSeq < lostBefore) {
            return Optional.empty(); // not a number of this run, or from before notices were lost
        }
        Recent workspace = recent.getOrDefault(workspaceId, new Recent());
        synchronized (workspace) {
            if (lastSeq < workspace.droppedUpTo) {
                return Optional.empty(); // some it missed are no longer kept
            }
            List<LiveNotice> missed = new ArrayList<>();
            workspace.kept.forEach(n -> {
                if (n.seq() > lastSeq) {
                    missed.add(n);
                }
            });
            return Optional.of(missed);
        }
    }

    /** The number of the latest notice of this instance (0 before the first). */
    public long lastSeq() {
        return sequence.get();
    }

    /**
     * Notices may have been lost (the instance stopped hearing them for a while): every open browser redraws
     * everything, and so does one that reconnects later having seen less. The resync takes a number of its own, so a
     * browser that got it catches up normally afterwards.
     */
    public void resyncAll() {
        long seq = sequence.incrementAndGet();
        lostBefore = seq;
        subscribers.forEach((workspaceId, list) -> {
            LiveNotice resync = LiveNotice.control("resync", workspaceId, seq);
            list.forEach(s -> s.deliver(resync));
        });
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
