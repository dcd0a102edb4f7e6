package io.conversa.identity;

import io.conversa.core.WorkspaceId;
import io.conversa.identity.internal.WorkspaceRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds workspaces and creates the one an installation starts with. */
@Service
public class Workspaces {

    private static final Duration CACHE_TTL = Duration.ofSeconds(30);

    private record Cached(Workspace workspace, Instant readAt) {}

    private final Map<WorkspaceId, Cached> cache = new ConcurrentHashMap<>();
    private final WorkspaceRepository repository;
    private final JdbcAggregateTemplate aggregates;
    private final WorkspaceProperties defaults;
    private final Clock clock;

    Workspaces(
            WorkspaceRepository repository,
            JdbcAggregateTemplate aggregates,
            WorkspaceProperties defaults,
            Clock clock) {
        this.repository = repository;
        this.aggregates = aggregates;
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

    /** The installation's first workspace, created from {@code conversa.workspace.*} when there is none yet. */
    @Transactional
    public Workspace primary() {
        List<Workspace> existing = repository.findAllByOrderByCreatedAtAsc();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        Workspace created = new Workspace(
                UUID.randomUUID(),
                defaults.name(),
                defaults.defaultCountry(),
                defaults.timeZone(),
                defaults.currency(),
                defaults.locale(),
                Instant.now(clock));
        return aggregates.insert(created);
    }

    /** Today's date where the workspace works: overdue days are counted from it. */
    public LocalDate today(WorkspaceId id) {
        return LocalDate.now(clock.withZone(get(id).zone()));
    }
}
