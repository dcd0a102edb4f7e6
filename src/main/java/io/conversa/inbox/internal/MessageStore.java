package io.conversa.inbox.internal;

import io.conversa.core.ConditionalUpdates;
import io.conversa.inbox.InboundMessage;
import io.conversa.inbox.MessageView;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The message table: inbound inserts deduplicated by Meta's id, outbound rows and their status moves. */
@Repository
public class MessageStore {

    private static final String VIEW_COLUMNS = "id, conversation_id, direction, type, text, status, wa_message_id, "
            + "reply_to_wa_id, error_code, error_title, error_explanation, media_mime, media_filename, media_path, "
            + "latitude, longitude, occurred_at, payload, sent_by";

    /** An outbound message as the send task needs it. */
    public record Outbound(
            UUID id,
            UUID workspaceId,
            UUID conversationId,
            UUID channelId,
            String type,
            String status,
            String text,
            String request,
            String replyToWaId,
            int attempts,
            String waMessageId) {}

    private final JdbcClient jdbc;

    private final JdbcTemplate batch;

    MessageStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Inserts the customer's message unless Meta's id is already stored; answers whether it was new. */
    public boolean insertInbound(
            UUID id, UUID workspaceId, UUID conversationId, UUID channelId, InboundMessage m, Instant now) {
        BigDecimal lat = m.location() == null ? null : m.location().latitude();
        BigDecimal lng = m.location() == null ? null : m.location().longitude();
        return jdbc.sql("""
                        INSERT INTO message (id, workspace_id, conversation_id, channel_id, direction, type, text,
                            payload, status, wa_message_id, reply_to_wa_id, media_id, media_mime, media_sha256,
                            media_filename, latitude, longitude, error_code, attempts, raw_json, occurred_at,
                            created_at, version)
                        VALUES (:id, :ws, :conversation, :channel, 'inbound', :type, :text, :payload, 'received',
                            :wamid, :replyTo, :mediaId, :mime, :sha, :filename, :lat, :lng, :errorCode, 0, :raw,
                            :occurredAt, :now, 0)
                        ON CONFLICT DO NOTHING""")
                        .param("id", id)
                        .param("ws", workspaceId)
                        .param("conversation", conversationId)
                        .param("channel", channelId)
                        .param("type", m.type().wire())
                        .param("text", truncate(m.text(), 8000))
                        .param("payload", truncate(m.payload(), 4000))
                        .param("wamid", m.waMessageId())
                        .param("replyTo", m.replyToWaMessageId())
                        .param("mediaId", m.media() == null ? null : m.media().mediaId())
                        .param("mime", m.media() == null ? null : m.media().mimeType())
                        .param("sha", m.media() == null ? null : m.media().sha256())
                        .param(
                                "filename",
                                m.media() == null ? null : truncate(m.media().filename(), 300))
                        .param("lat", lat)
                        .param("lng", lng)
                        .param("errorCode", parseCode(m.errorCode()))
                        .param("raw", truncate(m.rawJson(), 65000))
                        .param("occurredAt", Timestamp.from(m.timestamp()))
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    /**
     * Stores messages to send, in one batch; {@code request} keeps what a send needs beyond the text (a template's
     * values).
     */
    public void insertOutbound(List<OutboundRow> rows, Instant now) {
        Timestamp at = Timestamp.from(now);
        batch.batchUpdate("""
                INSERT INTO message (id, workspace_id, conversation_id, channel_id, direction, type, text,
                    outbound_request, status, reply_to_wa_id, attempts, sent_by, occurred_at, created_at, version)
                VALUES (?, ?, ?, ?, 'outbound', ?, ?, ?, 'pending', ?, 0, ?, ?, ?, 0)""", rows, rows.size(), (ps, row) -> {
            ps.setObject(1, row.id());
            ps.setObject(2, row.workspaceId());
            ps.setObject(3, row.conversationId());
            ps.setObject(4, row.channelId());
            ps.setString(5, row.type());
            ps.setString(6, row.text());
            ps.setString(7, row.request());
            ps.setString(8, row.replyToWaId());
            ps.setObject(9, row.sentBy());
            ps.setTimestamp(10, at);
            ps.setTimestamp(11, at);
        });
    }

    /**
     * A note between agents or a system event (linked, priority, closed…): part of the thread, never sent to
     * WhatsApp. {@code type} note or event; {@code payload} the event as JSON.
     */
    public void insertInternal(
            UUID id,
            UUID workspaceId,
            UUID conversationId,
            String type,
            String text,
            String payload,
            UUID author,
            Instant now) {
        jdbc.sql("""
                        INSERT INTO message (id, workspace_id, conversation_id, channel_id, direction, type, text,
                            payload, status, attempts, sent_by, occurred_at, created_at, version)
                        SELECT :id, :ws, c.id, c.channel_id, 'internal', :type, :text, CAST(:payload AS VARCHAR(4000)), 'internal', 0,
                               CAST(:author AS UUID), :now, :now, 0
                          FROM conversation c WHERE c.id = :conversation""")
                .param("id", id)
                .param("ws", workspaceId)
                .param("conversation", conversationId)
                .param("type", type)
                .param("text", text)
                .param("payload", payload)
                .param("author", author)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** A message to store for sending. */
    public record OutboundRow(
            UUID id,
            UUID workspaceId,
            UUID conversationId,
            UUID channelId,
            String type,
            String text,
            String request,
            String replyToWaId,
            UUID sentBy) {}

    private static final String OUTBOUND = """
            SELECT id, workspace_id, conversation_id, channel_id, type, status, text, outbound_request,
                   reply_to_wa_id, attempts, wa_message_id
              FROM message WHERE direction = 'outbound' AND""";

    private static final RowMapper<Outbound> OUTBOUND_ROW = (rs, n) -> new Outbound(
            rs.getObject("id", UUID.class),
            rs.getObject("workspace_id", UUID.class),
            rs.getObject("conversation_id", UUID.class),
            rs.getObject("channel_id", UUID.class),
            rs.getString("type"),
            rs.getString("status"),
            rs.getString("text"),
            rs.getString("outbound_request"),
            rs.getString("reply_to_wa_id"),
            rs.getInt("attempts"),
            rs.getString("wa_message_id"));

    public Optional<Outbound> outbound(UUID id) {
        return jdbc.sql(OUTBOUND + " id = ?").param(id).query(OUTBOUND_ROW).optional();
    }

    public List<Outbound> outbound(Collection<UUID> ids) {
        return ids.isEmpty()
                ? List.of()
                : jdbc.sql(OUTBOUND + " id = ANY(?)") // see ConversationStore#recipients
                        .param(ids.toArray(UUID[]::new))
                        .query(OUTBOUND_ROW)
                        .list();
    }

    /** Moves a message from one status to another only if it is still in the first (a compare-and-set). */
    public boolean moveStatus(UUID id, String from, String to, Instant now) {
        return jdbc.sql("UPDATE message SET status = :to, status_changed_at = :now, version = version + 1 "
                                + "WHERE id = :id AND status = :from")
                        .param("to", to)
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .param("from", from)
                        .update()
                == 1;
    }

    /** A failed outbound message goes back to pending, its attempts and error cleared; false when not failed. */
    public boolean requeueFailed(UUID workspaceId, UUID id, Instant now) {
        return jdbc.sql("""
                                UPDATE message SET status = 'pending', attempts = 0, error_code = NULL,
                                       error_title = NULL, error_details = NULL, error_explanation = NULL,
                                       status_changed_at = :now, version = version + 1
                                 WHERE id = :id AND workspace_id = :ws AND direction = 'outbound'
                                   AND status = 'failed'""")
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .param("ws", workspaceId)
                        .update()
                == 1;
    }

    /** Records the attempts of several pending messages at once; answers those that were still pending. */
    public List<Outbound> startAttempts(List<Outbound> pending, Instant now) {
        Timestamp at = Timestamp.from(now);
        int[][] counts = batch.batchUpdate(
                "UPDATE message SET status = 'sending', attempts = attempts + 1, status_changed_at = ?,"
                        + " version = version + 1 WHERE id = ? AND status = 'pending'",
                pending,
                pending.size(),
                (ps, message) -> {
                    ps.setTimestamp(1, at);
                    ps.setObject(2, message.id());
                });
        return ConditionalUpdates.changed(pending, counts[0]);
    }

    public void startAttempt(UUID id, Instant now) {
        jdbc.sql("UPDATE message SET status = 'sending', attempts = attempts + 1, status_changed_at = :now, "
                        + "version = version + 1 WHERE id = :id AND status = 'pending'")
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    /** Meta accepted the send: its id, and {@code sent} unless a status already moved the message further. */
    public void accepted(UUID id, String waMessageId, Instant now) {
        accepted(Map.of(id, waMessageId), now);
    }

    /** Meta took these messages (message id → Meta's id), in one batch. */
    public void accepted(Map<UUID, String> waMessageIds, Instant now) {
        List<Map.Entry<UUID, String>> rows = List.copyOf(waMessageIds.entrySet());
        Timestamp at = Timestamp.from(now);
        batch.batchUpdate("""
                UPDATE message SET wa_message_id = ?, status_changed_at = ?, version = version + 1,
                       status = CASE WHEN status IN ('pending', 'sending', 'unknown') THEN 'sent' ELSE status END
                 WHERE id = ?""", rows, rows.size(), (ps, row) -> {
            ps.setString(1, row.getValue());
            ps.setTimestamp(2, at);
            ps.setObject(3, row.getKey());
        });
    }

    public void failed(UUID id, Integer code, String title, String details, String explanation, Instant now) {
        jdbc.sql("""
                        UPDATE message SET status = 'failed', error_code = :code, error_title = :title,
                               error_details = :details, error_explanation = :explanation, status_changed_at = :now,
                               version = version + 1
                         WHERE id = :id AND status NOT IN ('read', 'failed')""")
                .param("code", code)
                .param("title", truncate(title, 500))
                .param("details", truncate(details, 2000))
                .param("explanation", truncate(explanation, 500))
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    /** The message Meta knows by this id on this number: its id, conversation and status. */
    public Optional<StatusTarget> byWaMessageId(UUID channelId, String waMessageId) {
        return statusTarget("wa_message_id", channelId, waMessageId);
    }

    /** Our own id echoed in {@code biz_opaque_callback_data}: ties a status to a send that never got Meta's id. */
    public Optional<StatusTarget> byIdOnChannel(UUID channelId, UUID id) {
        return statusTarget("id", channelId, id);
    }

    private Optional<StatusTarget> statusTarget(String column, UUID channelId, Object value) {
        return jdbc.sql("SELECT id, workspace_id, conversation_id, status FROM message " + "WHERE channel_id = ? AND "
                        + column + " = ? AND direction = 'outbound'")
                .params(channelId, value)
                .query((rs, n) -> new StatusTarget(
                        rs.getObject("id", UUID.class),
                        rs.getObject("workspace_id", UUID.class),
                        rs.getObject("conversation_id", UUID.class),
                        rs.getString("status")))
                .optional();
    }

    public record StatusTarget(UUID id, UUID workspaceId, UUID conversationId, String status) {}

    public List<MessageView> ofConversation(UUID workspaceId, UUID conversationId) {
        return jdbc.sql("SELECT " + VIEW_COLUMNS + " FROM message WHERE workspace_id = ? AND conversation_id = ? "
                        + "ORDER BY occurred_at, created_at")
                .params(workspaceId, conversationId)
                .query((rs, n) -> view(rs))
                .list();
    }

    /** The newest {@code limit} messages before a moment (null: now), oldest first, for a thread's page. */
    public List<MessageView> recent(UUID workspaceId, UUID conversationId, Instant before, int limit) {
        String beforeClause = before == null ? "" : " AND occurred_at < :before";
        List<MessageView> newestFirst = jdbc.sql("SELECT " + VIEW_COLUMNS + " FROM message WHERE workspace_id = :ws "
                        + "AND conversation_id = :conversation" + beforeClause
                        + " ORDER BY occurred_at DESC, created_at DESC LIMIT :limit")
                .param("ws", workspaceId)
                .param("conversation", conversationId)
                .param("before", before == null ? null : Timestamp.from(before))
                .param("limit", limit)
                .query((rs, n) -> view(rs))
                .list();
        List<MessageView> oldestFirst = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** Read by its primary key alone, the workspace checked on the row (see {@link ConversationStore#find}). */
    public Optional<MessageView> view(UUID workspaceId, UUID id) {
        return jdbc.sql("SELECT workspace_id, " + VIEW_COLUMNS + " FROM message WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Owned<>(rs.getObject("workspace_id", UUID.class), view(rs)))
                .optional()
                .flatMap(owned -> owned.in(workspaceId));
    }

    private static MessageView view(ResultSet rs) throws SQLException {
        return new MessageView(
                rs.getObject("id", UUID.class),
                rs.getObject("conversation_id", UUID.class),
                rs.getString("direction"),
                rs.getString("type"),
                rs.getString("text"),
                rs.getString("status"),
                rs.getString("wa_message_id"),
                rs.getString("reply_to_wa_id"),
                (Integer) rs.getObject("error_code"),
                rs.getString("error_title"),
                rs.getString("error_explanation"),
                rs.getString("media_mime"),
                rs.getString("media_filename"),
                rs.getString("media_path") != null,
                rs.getBigDecimal("latitude"),
                rs.getBigDecimal("longitude"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("payload"),
                rs.getObject("sent_by", UUID.class));
    }

    private static Integer parseCode(String code) {
        try {
            return code == null ? null : Integer.valueOf(code);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
