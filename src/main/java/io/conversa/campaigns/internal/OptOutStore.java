package io.conversa.campaigns.internal;

import io.conversa.campaigns.OptOutView;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code contact_opt_out} table: one row per contact (E.164 phone) who asked for no more bulk messages. */
@Repository
public class OptOutStore {

    private final JdbcClient jdbc;

    OptOutStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the opt-out; false when the contact had already opted out (the first reason stays). */
    public boolean add(UUID workspaceId, String phone, String source, String detail, UUID by, Instant now) {
        return jdbc.sql("INSERT INTO contact_opt_out (workspace_id, phone, source, detail, created_by, created_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                        .params(workspaceId, phone, source, detail, by, Timestamp.from(now))
                        .update()
                == 1;
    }

    public boolean remove(UUID workspaceId, String phone) {
        return jdbc.sql("DELETE FROM contact_opt_out WHERE workspace_id = ? AND phone = ?")
                        .params(workspaceId, phone)
                        .update()
                == 1;
    }

    public Optional<OptOutView> find(UUID workspaceId, String phone) {
        return jdbc.sql("SELECT phone, source, detail, created_by, created_at FROM contact_opt_out"
                        + " WHERE workspace_id = ? AND phone = ?")
                .params(workspaceId, phone)
                .query((rs, n) -> new OptOutView(
                        rs.getString("phone"),
                        rs.getString("source"),
                        rs.getString("detail"),
                        rs.getObject("created_by", UUID.class),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    /** Which of these phones opted out. */
    public Set<String> optedOut(UUID workspaceId, Collection<String> phones) {
        if (phones.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                jdbc.sql("SELECT phone FROM contact_opt_out WHERE workspace_id = :ws AND phone IN (:phones)")
                        .param("ws", workspaceId)
                        .param("phones", List.copyOf(phones))
                        .query(String.class)
                        .list());
    }

    public long count(UUID workspaceId) {
        return jdbc.sql("SELECT COUNT(*) FROM contact_opt_out WHERE workspace_id = ?")
                .param(workspaceId)
                .query(Long.class)
                .single();
    }
}
