package io.conversa.settings.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values kept for a few seconds: a number's credentials are read (and their secrets decrypted) for every message
 * sent, and change rarely. Another instance sees a change within the time to live; this one at once ({@link #clear}).
 */
public final class ShortCache<K, V> {

    private record Entry<V>(V value, Instant readAt) {}

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Duration timeToLive;
    private final Clock clock;

    public ShortCache(Duration timeToLive, Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    public V get(K key, Function<K, V> load) {
        Instant now = Instant.now(clock);
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.readAt().plus(timeToLive).isAfter(now)) {
            return entry.value();
        }
        V value = load.apply(key);
        entries.put(key, new Entry<>(value, now));
        return value;
    }

    public void clear() {
        entries.clear();
    }
}
