package io.conversa.templates.internal;

import io.conversa.templates.TemplateView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The template catalog table, keyed by (number, name, language) as Meta keys templates per account. */
@Repository
public class TemplateStore {

    private static final String COLUMNS = "id, channel_id, meta_id, name, language, category, status, "
            + "parameter_format, components, quality, rejected_reason, updated_at";

    /** A template as Meta describes it, ready to store. */
    public record Entry(
            String metaId,
            String name,
            String language,
            String category,
            String status,
            String parameterFormat,
            String componentsJson,
            String quality,
            String rejectedReason) {}

    private final JdbcClient jdbc;

    TemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void upsert(UUID workspaceId, UUID channelId, Entry e, Instant now) {
        int updated =
                jdbc.sql("""
                        UPDATE message_template SET meta_id = COALESCE(:metaId, meta_id), category = :category,
                               status = :status, parameter_format = :format, components = :components,
                               quality = :quality, rejected_reason = :reason, updated_at = :now
                         WHERE channel_id = :channel AND name = :name AND language = :language""").params(params(workspaceId, channelId, e, now)).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO message_template (id, workspace_id, channel_id, meta_id, name, language, category,
                                status, parameter_format, components, quality, rejected_reason, created_at, updated_at)
                            VALUES (:id, :ws, :channel, :metaId, :name, :language, :category, :status, :format,
                                :components, :quality, :reason, :now, :now)
                            ON CONFLICT DO NOTHING""").params(params(workspaceId, channelId, e, now)).update();
        }
    }

    private static Map<String, Object> params(UUID workspaceId, UUID channelId, Entry e, Instant now) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", UUID.randomUUID());
        p.put("ws", workspaceId);
        p.put("channel", channelId);
        p.put("metaId", e.metaId());
        p.put("name", e.name());
        p.put("language", e.language());
        p.put("category", e.category());
        p.put("status", e.status());
        p.put("format", e.parameterFormat());
        p.put("components", e.componentsJson());
        p.put("quality", e.quality());
        p.put("reason", e.rejectedReason());
        p.put("now", Timestamp.from(now));
        return p;
    }

    /** Applies a status Meta reported; answers whether a stored template matched. */
    public boolean updateStatus(
            UUID channelId, String metaId, String name, String language, String status, String reason, Instant now) {
        return jdbc.sql("""
                        UPDATE message_template SET status = :status, rejected_reason = :reason, updated_at = :now
                         WHERE channel_id = :channel AND (meta_id = :metaId OR (name = :name AND language = :language))""")
                        .param("status", status)
                        .param("reason", reason)
                        .param("now", Timestamp.from(now))
                        .param("channel", channelId)
                        .param("metaId", metaId)
                        .param("name", name)
                        .param("language", language)
                        .update()
                > 0;
    }

    /** Removes the number's templates that Meta no longer lists. */
    public int removeAllExcept(UUID channelId, List<String> keepKeys) {
        List<Object[]> stored = jdbc.sql("SELECT id, name, language FROM message_template WHERE channel_id = ?")
                .param(channelId)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2) + "|" + rs.getString(3)})
                .list();
        int removed = 0;
        for (Object[] row : stored) {
            if (!keepKeys.contains((String) row[1])) {
                removed += jdbc.sql("DELETE FROM message_template WHERE id = ?")
                        .param(row[0])
                        .update();
            }
        }
        return removed;
    }

    public void delete(UUID workspaceId, UUID id) {
        jdbc.sql("DELETE FROM message_template WHERE workspace_id = ? AND id = ?")
                .params(workspaceId, id)
                .update();
    }

    public Optional<TemplateView> find(UUID workspaceId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM message_template WHERE workspace_id = ? AND id = ?")
                .params(workspaceId, id)
                .query((rs, n) -> view(rs))
                .optional();
    }

    public Optional<TemplateView> find(UUID workspaceId, UUID channelId, String name, String language) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM message_template "
                        + "WHERE workspace_id = ? AND channel_id = ? AND name = ? AND language = ?")
                .params(workspaceId, channelId, name, language)
                .query((rs, n) -> view(rs))
                .optional();
    }

    /** The workspace's templates, filtered by status, category and language (null: any). */
    public List<TemplateView> list(UUID workspaceId, String status, String category, String language) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM message_template WHERE workspace_id = :ws");
        Map<String, Object> params = new HashMap<>();
        params.put("ws", workspaceId);
        List<String> filters = new ArrayList<>();
        addFilter(filters, params, "status", status);
        addFilter(filters, params, "category", category);
        addFilter(filters, params, "language", language);
        filters.forEach(f -> sql.append(" AND ").append(f));
        return jdbc.sql(sql + " ORDER BY name, language")
                .params(params)
                .query((rs, n) -> view(rs))
                .list();
    }

    private static void addFilter(List<String> filters, Map<String, Object> params, String column, String value) {
        if (value != null && !value.isBlank()) {
            filters.add(column + " = :" + column);
            params.put(column, value.trim());
        }
    }

    public void recordSync(UUID channelId, Instant at, String error) {
        int updated = jdbc.sql("UPDATE template_sync SET last_synced_at = ?, last_error = ? WHERE channel_id = ?")
                .params(Timestamp.from(at), error, channelId)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO template_sync (channel_id, last_synced_at, last_error) VALUES (?, ?, ?) "
                            + "ON CONFLICT DO NOTHING")
                    .params(channelId, Timestamp.from(at), error)
                    .update();
        }
    }

    public Optional<Instant> lastSync(UUID workspaceId) {
        return jdbc.sql("SELECT MAX(s.last_synced_at) FROM template_sync s JOIN channel c ON c.id = s.channel_id "
                        + "WHERE c.workspace_id = ?")
                .param(workspaceId)
                .query((rs, n) -> rs.getTimestamp(1))
                .optional()
                .filter(java.util.Objects::nonNull)
                .map(Timestamp::toInstant);
    }

    private static TemplateView view(ResultSet rs) throws SQLException {
        return new TemplateView(
                rs.getObject("id", UUID.class),
                rs.getObject("channel_id", UUID.class),
                rs.getString("meta_id"),
                rs.getString("name"),
                rs.getString("language"),
                rs.getString("category"),
                rs.getString("status"),
                rs.getString("parameter_format"),
                rs.getString("components"),
                rs.getString("quality"),
                rs.getString("rejected_reason"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
