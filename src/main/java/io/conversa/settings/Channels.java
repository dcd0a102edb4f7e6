package io.conversa.settings;

import io.conversa.core.DomainException;
import io.conversa.core.WorkspaceId;
import io.conversa.settings.internal.Channel;
import io.conversa.settings.internal.ChannelRepository;
import io.conversa.settings.internal.ShortCache;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workspace's WhatsApp numbers: create and edit them, and hand their credentials to the adapter. */
@Service
public class Channels {

    private static final Duration CACHED_FOR = Duration.ofSeconds(5);

    private final ChannelRepository repository;
    private final SecretBox secrets;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ShortCache<UUID, ChannelCredentials> byId;
    private final ShortCache<WorkspaceId, Optional<ChannelCredentials>> primaries;

    Channels(
            ChannelRepository repository,
            SecretBox secrets,
            Validator validator,
            ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.repository = repository;
        this.secrets = secrets;
        this.validator = validator;
        this.clock = clock;
        this.byId = new ShortCache<>(CACHED_FOR, clock);
        this.primaries = new ShortCache<>(CACHED_FOR, clock);
    }

    public List<ChannelView> list(WorkspaceId workspace) {
        return repository.findByWorkspaceIdOrderByCreatedAtAsc(workspace.value()).stream()
                .map(Channels::view)
                .toList();
    }

    public Optional<ChannelView> find(WorkspaceId workspace, UUID id) {
        return repository.findByIdAndWorkspaceId(id, workspace.value()).map(Channels::view);
    }

    /** The number Meta names in {@code metadata.phone_number_id}: how a webhook finds its workspace. */
    public Optional<ChannelCredentials> byPhoneNumberId(String phoneNumberId) {
        return repository.findByPhoneNumberId(phoneNumberId).map(this::credentials);
    }

    /** A number's credentials (read at most every few seconds: every message sent asks for them). */
    public ChannelCredentials credentials(UUID channelId) {
        return byId.get(
                channelId,
                id -> repository
                        .findById(id)
                        .map(this::credentials)
                        .orElseThrow(() -> DomainException.notFound("Channel", id)));
    }

    /** The workspace's first number, the default sender. */
    public Optional<ChannelCredentials> primary(WorkspaceId workspace) {
        return primaries.get(
                workspace,
                ws -> repository.findByWorkspaceIdOrderByCreatedAtAsc(ws.value()).stream()
                        .findFirst()
                        .map(this::credentials));
    }

    /** Every number with its secrets: the webhook checks a delivery's signature against their app secrets. */
    public List<ChannelCredentials> all() {
        return repository.findAll().stream().map(this::credentials).toList();
    }

    /** Whether any number has this verify token (compared in constant time). */
    public boolean acceptsVerifyToken(String token) {
        if (token == null || token.isEmpty()) {
            return false;
        }
        byte[] presented = token.getBytes(StandardCharsets.UTF_8);
        return repository.findAll().stream()
                .map(c -> secrets.open(c.verifyTokenSealed()))
                .filter(stored -> stored != null && !stored.isEmpty())
                .anyMatch(stored -> MessageDigest.isEqual(stored.getBytes(StandardCharsets.UTF_8), presented));
    }

    /** Creates the number, or updates the one with the same phone number id; blank secrets keep the stored ones. */
    @Transactional
    public ChannelView save(WorkspaceId workspace, ChannelInput input) {
        var violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations.stream()
                    .map(v -> io.conversa.core.FieldProblem.resolved(
                            v.getPropertyPath().toString(), v.getMessage()))
                    .toList());
        }
        Optional<Channel> existing =
                repository.findByPhoneNumberId(input.phoneNumberId().trim());
        if (existing.isPresent() && !existing.get().workspaceId().equals(workspace.value())) {
            throw DomainException.conflict("channels.error.taken", "Phone number id used by another workspace");
        }
        Instant now = Instant.now(clock);
        Channel channel = new Channel(
                existing.map(Channel::id).orElseGet(UUID::randomUUID),
                workspace.value(),
                input.phoneNumberId().trim(),
                input.businessAccountId().trim(),
                blankToNull(input.displayPhoneNumber()),
                keepOrSeal(existing.map(Channel::accessTokenSealed), input.accessToken()),
                keepOrSeal(existing.map(Channel::appSecretSealed), input.appSecret()),
                keepOrSeal(existing.map(Channel::verifyTokenSealed), input.verifyToken()),
                input.messagesPerSecond(),
                existing.map(Channel::createdAt).orElse(now),
                now,
                existing.map(Channel::version).orElse(null));
        ChannelView saved = view(repository.save(channel));
        byId.clear();
        primaries.clear();
        events.publishEvent(new ChannelsChanged(saved.phoneNumberId()));
        return saved;
    }

    private String keepOrSeal(Optional<String> stored, String incoming) {
        if (incoming == null || incoming.isBlank()) {
            return stored.orElse(null);
        }
        return secrets.seal(incoming.trim());
    }

    private ChannelCredentials credentials(Channel c) {
        return new ChannelCredentials(
                c.id(),
                new WorkspaceId(c.workspaceId()),
                c.phoneNumberId(),
                c.businessAccountId(),
                c.displayPhoneNumber(),
                secrets.open(c.accessTokenSealed()),
                secrets.open(c.appSecretSealed()),
                secrets.open(c.verifyTokenSealed()),
                c.messagesPerSecond());
    }

    private static ChannelView view(Channel c) {
        return new ChannelView(
                c.id(),
                c.phoneNumberId(),
                c.businessAccountId(),
                c.displayPhoneNumber(),
                c.messagesPerSecond(),
                c.accessTokenSealed() != null,
                c.appSecretSealed() != null,
                c.verifyTokenSealed() != null,
                c.updatedAt());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
