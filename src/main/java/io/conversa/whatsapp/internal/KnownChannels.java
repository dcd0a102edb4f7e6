package io.conversa.whatsapp.internal;

import io.conversa.settings.ChannelCredentials;
import io.conversa.settings.Channels;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The numbers the webhook serves, read through a short cache: every delivery needs their app secrets, and
 * decrypting them per request would cost more than the rest of the request.
 */
@Component
class KnownChannels {

    private static final Duration TTL = Duration.ofSeconds(10);

    private record Snapshot(List<ChannelCredentials> channels, Instant readAt) {}

    private final Channels channels;
    private final Clock clock;
    private volatile Snapshot snapshot;

    KnownChannels(Channels channels, Clock clock) {
        this.channels = channels;
        this.clock = clock;
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

    /** Whether the body is signed with the app secret of one of the numbers (numbers without one accept nothing). */
    boolean signedByAny(byte[] body, String signature) {
        return all().stream().anyMatch(c -> WebhookSignature.matches(body, signature, c.appSecret()));
    }
}
