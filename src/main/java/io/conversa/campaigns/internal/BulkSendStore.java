package io.conversa.campaigns.internal;

import io.conversa.campaigns.BulkCounts;
import io.conversa.campaigns.BulkSendView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code bulk_send} table. Status moves are compare-and-set, so a pause, resume or cancel that raced another
 * answers false instead of overwriting it.
 */
@Repository
public class BulkSendStore {

    /** What the dispatcher needs of a bulk send. */
    public record Dispatchable(
            UUID id,
            UUID workspaceId,
            String templateName,
            String templateLanguage,
            String parameters,
            UUID createdBy) {}

    private static final String COLUMNS =
            "id, name, template_name, template_language, audience, status, send_at, created_at, completed_at";

    private final JdbcClient jdbc;
    private final RecipientReports recipients;

    BulkSendStore(JdbcClient jdbc, RecipientReports recipients) {
        this.jdbc = jdbc;
        this.recipients = recipients;
    }

    public void insert(
            UUID id,
            UUID workspaceId,
            String name,
            String templateName,
            String templateLanguage,
            String parameters,
            String audience,
            Instant sendAt,
            UUID createdBy,
            Instant now) {
        jdbc.sql("""
                        INSERT INTO bulk_send (id, workspace_id, name, template_name, template_language, parameters,
                            audience, status, send_at, total, created_by, created_at, updated_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'scheduled', ?, 0, ?, ?, ?, 0)""")
                .params(
                        id,
                        workspaceId,
                        name,
                        templateName,
                        templateLanguage,
                        parameters,
                        audience,
                        Timestamp.from(sendAt),
                        createdBy,
                        Timestamp.from(now),
                        Timestamp.from(now))
                .update();
    }

    public void setTotal(UUID id, long total) {
        jdbc.sql("UPDATE bulk_send SET total = ? WHERE id = ?")
                .params(total, id)
                .update();
    }

    public Optional<BulkSendView> find(UUID workspaceId, UUID id) {
        return withCounts(jdbc.sql("SELECT " + COLUMNS + " FROM bulk_send WHERE workspace_id = ? AND id = ?")
                        .params(workspaceId, id)
                        .query(BulkSendStore::view)
                        .list())
                .stream()
                .findFirst();
    }

    /** The workspace's newest bulk sends first, with their counts (read in one pass). */
    public List<BulkSendView> list(UUID workspaceId, int limit) {
        return withCounts(jdbc.sql(
                        "SELECT " + COLUMNS + " FROM bulk_send WHERE workspace_id = ? ORDER BY created_at DESC LIMIT ?")
                .params(workspaceId, limit)
                .query(BulkSendStore::view)
                .list());
    }

    private List<BulkSendView> withCounts(List<BulkSendView> sends) {
        Map<UUID, BulkCounts> counts =
                recipients.counts(sends.stream().map(BulkSendView::id).toList());
        return sends.stream()
                .map(s -> new BulkSendView(
                        s.id(),
                        s.name(),
                        s.templateName(),
                        s.templateLanguage(),
                        s.audience(),
                        s.status(),
                        s.sendAt(),
                        s.createdAt(),
                        s.completedAt(),
                        counts.getOrDefault(s.id(), BulkCounts.NONE)))
                .toList();
    }

    /** Moves the status from one of {@code from} to {@code to}; false when it was in none of them. */
    public boolean move(UUID workspaceId, UUID id, List<String> from, String to, Instant now) {
        boolean ended = "completed".equals(to) || "cancelled".equals(to);
        return jdbc.sql("UPDATE bulk_send SET status = :to, updated_at = :now, version = version + 1,"
                                + " completed_at = :completedAt WHERE workspace_id = :ws AND id = :id"
                                + " AND status IN (:from)")
                        .param("to", to)
                        .param("now", Timestamp.from(now))
                        .param("completedAt", ended ? Timestamp.from(now) : null, java.sql.Types.TIMESTAMP)
                        .param("ws", workspaceId)
                        .param("id", id)
                        .param("from", from)
                        .update()
                == 1;
    }

    /** Scheduled bulk sends whose time came start running; answers how many. */
    public int startDue(Instant now) {
        return jdbc.sql("UPDATE bulk_send SET status = 'running', updated_at = ?, version = version + 1"
                        + " WHERE status = 'scheduled' AND send_at <= ?")
                .params(Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    public List<Dispatchable> running() {
        return jdbc.sql("SELECT id, workspace_id, template_name, template_language, parameters, created_by"
                        + " FROM bulk_send WHERE status = 'running' ORDER BY send_at")
                .query((rs, n) -> new Dispatchable(
                        rs.getObject("id", UUID.class),
                        rs.getObject("workspace_id", UUID.class),
                        rs.getString("template_name"),
                        rs.getString("template_language"),
                        rs.getString("parameters"),
                        rs.getObject("created_by", UUID.class)))
                .list();
    }

    /** A bulk send as read, its counts still to come ({@link #withCounts}). */
    private static BulkSendView view(ResultSet rs, int row) throws SQLException {
        return new BulkSendView(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("template_name"),
                rs.getString("template_language"),
                rs.getString("audience"),
                rs.getString("status"),
                instant(rs, "send_at"),
                instant(rs, "created_at"),
                instant(rs, "completed_at"),
                BulkCounts.NONE);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
