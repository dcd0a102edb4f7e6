package io.conversa.whatsapp.internal;

import io.conversa.settings.ChannelCredentials;
import io.conversa.settings.Channels;
import io.conversa.settings.ChannelsChanged;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The numbers the webhook serves, read through a short cache: every delivery needs their app secrets, and
 * decrypting them per request would cost more than the rest of the request.
 */
@Component
class KnownChannels {

    private static final Duration TTL = Duration.ofSeconds(10);
    private static final Duration MIN_REFRESH = Duration.ofSeconds(1);

    private record Snapshot(List<ChannelCredentials> channels, Instant readAt) {}

    private final Channels channels;
    private final Clock clock;
    private volatile Snapshot snapshot;

    KnownChannels(Channels channels, Clock clock) {
        this.channels = channels;
        this.clock = clock;
    }

    /** A number changed here: read the numbers again at the next delivery. */
    @EventListener
    void on(ChannelsChanged changed) {
        snapshot = null;
    }

    List<ChannelCredentials> all() {
        Snapshot current = snapshot;
        Instant now = Instant.now(clock);
        if (current == null || current.readAt().plus(TTL).isBefore(now)) {
            current = new Snapshot(channels.all(), now);
            snapshot = current;
        }
        return current.channels();
    }

    Optional<ChannelCredentials> byPhoneNumberId(String phoneNumberId) {
        Optional<ChannelCredentials> cached = all().stream()
                .filter(c -> c.phoneNumberId().equals(phoneNumberId))
                .findFirst();
        return cached.isPresent() ? cached : channels.byPhoneNumberId(phoneNumberId);
    }

    /**
     * Whether the body is signed with the app secret of one of the numbers (numbers without one accept nothing).
     * A signature that matches no cached secret re-reads the numbers once (at most every second, so forged requests
     * cannot hammer the database): a secret changed in Mensajería applies at once.
     */
    boolean signedByAny(byte[] body, String signature) {
        if (matchesAny(all(), body, signature)) {
            return true;
        }
        Instant now = Instant.now(clock);
        Snapshot current = snapshot;
        if (current != null && current.readAt().plus(MIN_REFRESH).isBefore(now)) {
            Snapshot fresh = new Snapshot(channels.all(), now);
            snapshot = fresh;
            return matchesAny(fresh.channels(), body, signature);
        }
        return false;
    }

    private static boolean matchesAny(List<ChannelCredentials> channels, byte[] body, String signature) {
        return channels.stream().anyMatch(c -> WebhookSignature.matches(body, signature, c.appSecret()));
    }
}
