package io.conversa.identity;

import io.conversa.core.WorkspaceId;
import io.conversa.identity.internal.WorkspaceRepository;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds workspaces and creates the one an installation starts with. */
@Service
public class Workspaces {

    private static final Duration CACHE_TTL = Duration.ofSeconds(30);

    private record Cached(Workspace workspace, Instant readAt) {}

    private final Map<WorkspaceId, Cached> cache = new ConcurrentHashMap<>();
    private final WorkspaceRepository repository;
    private static final UUID PRIMARY_ID = UUID.nameUUIDFromBytes("conversa:primary-workspace".getBytes());

    private final JdbcClient jdbc;
    private final WorkspaceProperties defaults;
    private final Clock clock;

    Workspaces(WorkspaceRepository repository, JdbcClient jdbc, WorkspaceProperties defaults, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.defaults = defaults;
        this.clock = clock;
    }

    /** The workspace, read through a short cache: every page and request needs it, and it seldom changes. */
    public Workspace get(WorkspaceId id) {
        Instant now = Instant.now(clock);
        Cached cached = cache.get(id);
        if (cached != null && cached.readAt().plus(CACHE_TTL).isAfter(now)) {
            return cached.workspace();
        }
        Workspace workspace = repository
                .findById(id.value())
                .orElseThrow(() -> new NoSuchElementException("Unknown workspace " + id));
        cache.put(id, new Cached(workspace, now));
        return workspace;
    }

    /**
     * The installation's first workspace, created from {@code conversa.workspace.*} when there is none yet. Its id
     * is fixed, so instances starting together on an empty database create it once.
     */
    @Transactional
    public Workspace primary() {
        List<Workspace> existing = repository.findAllByOrderByCreatedAtAsc();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        validate(defaults);
        jdbc.sql("""
                        INSERT INTO workspace (id, name, default_country, time_zone, currency, locale, created_at)
                        VALUES (:id, :name, :country, :zone, :currency, :locale, :createdAt)
                        ON CONFLICT DO NOTHING""")
                .param("id", PRIMARY_ID)
                .param("name", defaults.name())
                .param("country", defaults.defaultCountry().toUpperCase(Locale.ROOT))
                .param("zone", defaults.timeZone())
                .param("currency", defaults.currency().toUpperCase(Locale.ROOT))
                .param("locale", defaults.locale())
                .param("createdAt", Timestamp.from(Instant.now(clock)))
                .update();
        return repository.findById(PRIMARY_ID).orElseThrow();
    }

    private static void validate(WorkspaceProperties settings) {
        try {
            ZoneId.of(settings.timeZone());
            Currency.getInstance(settings.currency().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalStateException("Invalid CONVERSA_TIME_ZONE or CONVERSA_CURRENCY: " + e.getMessage(), e);
        }
        if (!Set.of(Locale.getISOCountries()).contains(settings.defaultCountry().toUpperCase(Locale.ROOT))) {
            throw new IllegalStateException(
                    "CONVERSA_DEFAULT_COUNTRY must be an ISO 3166 code such as CL or MX: " + settings.defaultCountry());
        }
    }

    /** Today's date where the workspace works: overdue days are counted from it. */
    public LocalDate today(WorkspaceId id) {
        return LocalDate.now(clock.withZone(get(id).zone()));
    }
}
