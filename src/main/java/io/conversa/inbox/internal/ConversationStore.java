package io.conversa.inbox.internal;

import io.conversa.inbox.ConversationView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The conversation table. A conversation is keyed by (number, contact): the contact's wa_id, or {@code user:<id>}
 * for a WhatsApp user known only by a business-scoped user id.
 */
@Repository
public class ConversationStore {

    /** Meta's customer-service window: free text is allowed this long after the customer's last message. */
    public static final Duration WINDOW = Duration.ofHours(24);

    static final String COLUMNS = "id, channel_id, status, wa_id, user_id, contact_name, customer_id, "
            + "last_message_at, last_inbound_at, window_expires_at, unread_count, priority, assignee_id, "
            + "snoozed_until, last_message_text, last_message_type, last_message_direction";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ConversationStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public static String contactKey(String waId, String userId) {
        return waId != null && !waId.isBlank() ? waId : "user:" + userId;
    }

    /** A conversation's id, the customer it is linked to (null when none), and whether it was just created. */
    public record Opened(UUID id, UUID customerId, boolean created) {}

    /**
     * The conversation of this contact on this number, created (open, not linked) when there is none. The usual
     * case, an existing conversation, costs one query.
     */
    public Opened open(UUID workspaceId, UUID channelId, String waId, String userId, Instant now) {
        String key = contactKey(waId, userId);
        Optional<Opened> existing = existing(channelId, key);
        if (existing.isPresent()) {
            return existing.get();
        }
        int inserted = jdbc.sql("""
                        INSERT INTO conversation (id, workspace_id, channel_id, contact_key, wa_id, user_id, status,
                            priority, priority_rank, unread_count, last_message_at, created_at, updated_at, version)
                        VALUES (:id, :ws, :channel, :key, :waId, :userId, 'open', 'normal', 0, 0, :now, :now, :now,
                            0)
                        ON CONFLICT DO NOTHING""")
                .param("id", UUID.randomUUID())
                .param("ws", workspaceId)
                .param("channel", channelId)
                .param("key", key)
                .param("waId", waId)
                .param("userId", userId)
                .param("now", Timestamp.from(now))
                .update();
        Opened opened = existing(channelId, key).orElseThrow();
        return new Opened(opened.id(), opened.customerId(), inserted == 1);
    }

    /**
     * {@link #open} for many contacts (wa_ids) at once, as the conversations to send in: the existing ones read in one
     * statement, the missing ones inserted in one batch and read back in one more, whatever the count.
     */
    public Map<String, SendTarget> openAll(UUID workspaceId, UUID channelId, Collection<String> waIds, Instant now) {
        Map<String, SendTarget> found = sendTargets(channelId, waIds);
        List<String> missing = waIds.stream()
                .distinct()
                .filter(waId -> !found.containsKey(waId))
                .toList();
        if (!missing.isEmpty()) {
            Timestamp at = Timestamp.from(now);
            batch.batchUpdate("""
                    INSERT INTO conversation (id, workspace_id, channel_id, contact_key, wa_id, status, priority,
                        priority_rank, unread_count, last_message_at, created_at, updated_at, version)
                    VALUES (?, ?, ?, ?, ?, 'open', 'normal', 0, 0, ?, ?, ?, 0)
                    ON CONFLICT DO NOTHING""", missing, missing.size(), (ps, waId) -> {
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, workspaceId);
                ps.setObject(3, channelId);
                ps.setString(4, contactKey(waId, null));
                ps.setString(5, waId);
                ps.setTimestamp(6, at);
                ps.setTimestamp(7, at);
                ps.setTimestamp(8, at);
            });
            found.putAll(sendTargets(channelId, missing));
        }
        return found;
    }

    /**
     * One equality lookup on the (number, contact) unique index per contact, which PostgreSQL always answers from the
     * index; planned afresh each time ({@link FreshPlan}). With {@code contact_key = ANY(…)} instead, the plan followed
     * the table's statistics, and while they were those of a nearly empty table (a first bulk send, before autovacuum
     * analyzed it) each chunk read every conversation of the number.
     */
    private Map<String, SendTarget> sendTargets(UUID channelId, Collection<String> waIds) {
        Map<String, SendTarget> found = new HashMap<>();
        String contact = "FROM conversation c WHERE c.channel_id = ? AND c.contact_key = k.wanted)";
        batch.query(
                FreshPlan.of(
                        "SELECT k.wanted AS contact_key, (SELECT c.id " + contact + " AS id, (SELECT c.customer_id "
                                + contact + " AS customer_id, (SELECT c.window_expires_at " + contact
                                + " AS window_expires_at FROM unnest(?) AS k(wanted)",
                        channelId,
                        channelId,
                        channelId,
                        waIds.toArray(String[]::new)),
                (ResultSet rs) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    if (id != null) {
                        found.put(
                                rs.getString("contact_key"),
                                new SendTarget(
                                        id,
                                        channelId,
                                        rs.getObject("customer_id", UUID.class),
                                        instant(rs, "window_expires_at")));
                    }
                });
        return found;
    }

    /** Links conversations to customers (conversation id → customer id), each only when it has none yet. */
    public void linkAll(Map<UUID, UUID> customerOfConversation, Instant now) {
        List<Map.Entry<UUID, UUID>> links = List.copyOf(customerOfConversation.entrySet());
        Timestamp at = Timestamp.from(now);
        batch.batchUpdate(
                "UPDATE conversation SET customer_id = ?, updated_at = ?, version = version + 1 "
                        + "WHERE id = ? AND customer_id IS NULL",
                links,
                links.size(),
                (ps, link) -> {
                    ps.setObject(1, link.getValue());
                    ps.setTimestamp(2, at);
                    ps.setObject(3, link.getKey());
                });
    }

    private Optional<Opened> existing(UUID channelId, String key) {
        return jdbc.sql("SELECT id, customer_id FROM conversation WHERE channel_id = ? AND contact_key = ?")
                .params(channelId, key)
                .query((rs, n) -> new Opened(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), false))
                .optional();
    }

    /**
     * A customer message arrived: the conversation reopens, counts one more unread message and, when the message
     * opens the window, moves the 24-hour window from the time Meta says the customer sent it.
     */
    public void recordInbound(
            UUID id,
            Instant sentAt,
            boolean movesWindow,
            String profileName,
            String userId,
            Preview preview,
            Instant now) {
        jdbc.sql("""
                        UPDATE conversation
                           SET status = 'open',
                               unread_count = unread_count + 1,
                               last_message_at = CASE WHEN last_message_at < :sentAt
                                                           OR last_message_at = created_at
                                                      THEN :sentAt ELSE last_message_at END,
                               last_inbound_at = CASE WHEN :moves AND (last_inbound_at IS NULL
                                                      OR last_inbound_at < :sentAt) THEN :sentAt
                                                      ELSE last_inbound_at END,
                               window_expires_at = CASE WHEN :moves AND (last_inbound_at IS NULL
                                                        OR last_inbound_at < :sentAt) THEN :expires
                                                        ELSE window_expires_at END,
                               contact_name = COALESCE(:name, contact_name),
                               user_id = COALESCE(:userId, user_id),
                               snoozed_until = NULL,
                               last_message_text = :previewText,
                               last_message_type = :previewType,
                               last_message_direction = 'inbound',
                               updated_at = :now,
                               version = version + 1
                         WHERE id = :id""")
                .param("sentAt", Timestamp.from(sentAt))
                .param("moves", movesWindow)
                .param("expires", Timestamp.from(sentAt.plus(WINDOW)))
                .param("name", MessageStore.truncate(profileName, 200))
                .param("userId", userId)
                .param("previewText", preview.text())
                .param("previewType", preview.type())
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    /** The list's preview of the newest message: its type and the start of its text. */
    public record Preview(String type, String text) {

        public static Preview of(String type, String text) {
            return new Preview(type, MessageStore.truncate(text, 200));
        }
    }

    /** {@link #recordOwnMessage} for many conversations in one batch (conversation id → its newest message). */
    public void recordOwnMessages(Map<UUID, Preview> previews, String direction, Instant now) {
        List<Map.Entry<UUID, Preview>> rows = List.copyOf(previews.entrySet());
        Timestamp at = Timestamp.from(now);
        batch.batchUpdate("""
                UPDATE conversation SET last_message_at = ?, last_message_text = ?, last_message_type = ?,
                       last_message_direction = ?, updated_at = ?, version = version + 1
                 WHERE id = ?""", rows, rows.size(), (ps, row) -> {
            ps.setTimestamp(1, at);
            ps.setString(2, row.getValue().text());
            ps.setString(3, row.getValue().type());
            ps.setString(4, direction);
            ps.setTimestamp(5, at);
            ps.setObject(6, row.getKey());
        });
    }

    public void link(UUID id, UUID customerId, Instant now) {
        jdbc.sql("UPDATE conversation SET customer_id = :customer, updated_at = :now, version = version + 1 "
                        + "WHERE id = :id AND customer_id IS NULL")
                .param("customer", customerId)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    /** {@code system.user_changed_number}: the contact now writes from another wa_id; keep one thread. */
    public void rekey(UUID id, String newWaId, Instant now) {
        jdbc.sql("""
                        UPDATE conversation SET wa_id = :waId, contact_key = :waId, updated_at = :now,
                               version = version + 1
                         WHERE id = :id AND NOT EXISTS (SELECT 1 FROM conversation other
                               WHERE other.channel_id = conversation.channel_id AND other.contact_key = :waId)""")
                .param("waId", newWaId)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    /**
     * Meta answered a send to a typed number with the contact's real wa_id (e.g. Mexico's 521…): the conversation
     * takes it, so the customer's replies land in the same thread.
     */
    public void adoptWaId(UUID id, String waId, Instant now) {
        rekey(id, waId, now); // a no-op when it already has that wa_id: the conversation itself holds the key
    }

    /** Whom to send to in a conversation: the contact's WhatsApp id, or user id for username-only contacts. */
    public record Recipient(String waId, String userId) {

        public String to() {
            return waId != null ? waId : userId;
        }

        /** Whether the conversation is already keyed by this wa_id, so adopting it would change nothing. */
        public boolean keyedBy(String otherWaId) {
            return waId != null && !waId.isBlank() && waId.equals(otherWaId);
        }
    }

    public Recipient recipient(UUID id) {
        return jdbc.sql("SELECT wa_id, user_id FROM conversation WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2)))
                .single();
    }

    /** The newest AI insight's sentiment and topics, kept as {@code ,topic,topic,} so a topic filter is a LIKE. */
    public boolean labelInsight(UUID workspaceId, UUID id, String sentiment, List<String> topics, Instant now) {
        return jdbc.sql("UPDATE conversation SET insight_sentiment = ?, insight_topics = ?, updated_at = ?"
                                + " WHERE id = ? AND workspace_id = ?")
                        .params(sentiment, "," + String.join(",", topics) + ",", Timestamp.from(now), id, workspaceId)
                        .update()
                == 1;
    }

    /** Each conversation's recipient, by conversation id. */
    public Map<UUID, Recipient> recipients(Collection<UUID> ids) {
        Map<UUID, Recipient> found = new HashMap<>();
        if (!ids.isEmpty()) {
            // = ANY(array): one statement whatever the count; a plan cached for IN with 50 parameters on a small
            // table scanned the whole table ever after
            jdbc.sql("SELECT id, wa_id, user_id FROM conversation WHERE id = ANY(?)")
                    .param(ids.toArray(UUID[]::new))
                    .query(rs -> {
                        found.put(rs.getObject(1, UUID.class), new Recipient(rs.getString(2), rs.getString(3)));
                    });
        }
        return found;
    }

    public Set<String> contactsWhoWroteSince(UUID workspaceId, Instant since) {
        return new HashSet<>(jdbc.sql("SELECT wa_id FROM conversation WHERE workspace_id = ? AND last_inbound_at >= ?"
                        + " AND wa_id IS NOT NULL")
                .params(workspaceId, Timestamp.from(since))
                .query(String.class)
                .list());
    }

    /**
     * Read by its primary key alone, the workspace checked on the row: with the workspace in the WHERE, a plan cached
     * while the table was small (a new install's first bulk send) read every conversation of the workspace.
     */
    public Optional<ConversationView> find(UUID workspaceId, UUID id) {
        return jdbc.sql("SELECT workspace_id, " + COLUMNS + " FROM conversation WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Owned<>(rs.getObject("workspace_id", UUID.class), view(rs, List.of())))
                .optional()
                .flatMap(owned -> owned.in(workspaceId))
                .map(c -> withTags(List.of(c)).get(0));
    }

    /** The rows with their tags, in one query. */
    List<ConversationView> withTags(List<ConversationView> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<String>> tags = new HashMap<>();
        jdbc.sql("SELECT conversation_id, tag FROM conversation_tag WHERE conversation_id IN (:ids) ORDER BY tag")
                .param("ids", rows.stream().map(ConversationView::id).toList())
                .query((rs, n) -> tags.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        return rows.stream()
                .map(c -> c.withTags(tags.getOrDefault(c.id(), List.of())))
                .toList();
    }

    static ConversationView view(ResultSet rs, List<String> tags) throws SQLException {
        return new ConversationView(
                rs.getObject("id", UUID.class),
                rs.getObject("channel_id", UUID.class),
                rs.getString("status"),
                rs.getString("wa_id"),
                rs.getString("user_id"),
                rs.getString("contact_name"),
                rs.getObject("customer_id", UUID.class),
                instant(rs, "last_message_at"),
                instant(rs, "last_inbound_at"),
                instant(rs, "window_expires_at"),
                rs.getInt("unread_count"),
                rs.getString("priority"),
                tags,
                rs.getObject("assignee_id", UUID.class),
                instant(rs, "snoozed_until"),
                rs.getString("last_message_text"),
                rs.getString("last_message_type"),
                rs.getString("last_message_direction"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
