package io.conversa.inbox.internal;

import io.conversa.inbox.StatusUpdate;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Statuses for a message id not known here yet (sent from another tool, or arriving before the send's answer):
 * kept, and applied when a send reports that id.
 */
@Repository
public class OrphanStatuses {

    private final JdbcClient jdbc;

    OrphanStatuses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void keep(UUID channelId, StatusUpdate status, Instant now) {
        jdbc.sql("""
                        INSERT INTO orphan_status (channel_id, wa_message_id, status, occurred_at, error_code,
                            error_title, error_details, raw_json, received_at)
                        VALUES (:channel, :wamid, :status, :occurredAt, :code, :title, :details, :raw, :now)
                        ON CONFLICT DO NOTHING""")
                .param("channel", channelId)
                .param("wamid", status.waMessageId())
                .param("status", status.status())
                .param("occurredAt", Timestamp.from(status.timestamp() == null ? now : status.timestamp()))
                .param("code", status.errorCode())
                .param("title", MessageStore.truncate(status.errorTitle(), 500))
                .param("details", MessageStore.truncate(status.errorDetails(), 2000))
                .param("raw", MessageStore.truncate(status.rawJson(), 20000))
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Takes the statuses waiting for any of these message ids, by message id, oldest first: one statement when none
     * waits, the usual case.
     */
    public Map<String, List<StatusUpdate>> take(UUID channelId, Collection<String> waMessageIds) {
        String[] ids = waMessageIds.toArray(String[]::new);
        Map<String, List<StatusUpdate>> waiting = new HashMap<>();
        jdbc.sql("""
                        SELECT wa_message_id, status, occurred_at, error_code, error_title, error_details, raw_json
                          FROM orphan_status WHERE channel_id = ? AND wa_message_id = ANY(?) ORDER BY occurred_at""")
                .params(channelId, ids)
                .query((rs, n) -> waiting.computeIfAbsent(rs.getString("wa_message_id"), id -> new ArrayList<>())
                        .add(new StatusUpdate(
                                rs.getString("wa_message_id"),
                                rs.getString("status"),
                                rs.getTimestamp("occurred_at").toInstant(),
                                null,
                                (Integer) rs.getObject("error_code"),
                                rs.getString("error_title"),
                                rs.getString("error_details"),
                                null,
                                rs.getString("raw_json"))))
                .list();
        if (!waiting.isEmpty()) {
            jdbc.sql("DELETE FROM orphan_status WHERE channel_id = ? AND wa_message_id = ANY(?)")
                    .params(channelId, waiting.keySet().toArray(String[]::new))
                    .update();
        }
        return waiting;
    }
}
