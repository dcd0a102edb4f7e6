package io.conversa.campaigns.internal;

import io.conversa.campaigns.BulkCounts;
import io.conversa.campaigns.BulkProgressPoint;
import io.conversa.campaigns.BulkRecipientView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code bulk_recipient} table: recipients written in batches when a bulk send is created (a number already in
 * the bulk send is left out by the database, so it is sent once), claimed in order by the dispatcher, and followed
 * through the inbox's delivery statuses. Every move is conditional on the state it leaves, so a recipient is handed
 * at most once however the moves race.
 */
@Repository
public class RecipientStore {

    /** A recipient to write: its place, E.164 phone, customer (or null), own parameters (JSON or null). */
    public record NewRecipient(int seq, String phone, UUID customerId, String parameters, String skipReason) {}

    /** A recipient the dispatcher may hand over. */
    public record Claimable(UUID id, String phone, UUID customerId, String parameters, int attempt) {}

    private static final String COLUMNS = "id, seq, phone, customer_id, state, skip_reason, not_before, message_id,"
            + " conversation_id, delivery, error_code, error_reason, retryable, handed_at, replied_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    RecipientStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Writes a batch; answers how many were new (a phone already in the bulk send is skipped by the database). */
    public int insert(UUID bulkSendId, UUID workspaceId, List<NewRecipient> recipients, Instant now) {
        Timestamp at = Timestamp.from(now);
        int[][] counts = batch.batchUpdate("""
                INSERT INTO bulk_recipient (id, bulk_send_id, workspace_id, seq, phone, customer_id, parameters, state,
                    skip_reason, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", recipients, recipients.size(), (ps, r) -> {
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, bulkSendId);
            ps.setObject(3, workspaceId);
            ps.setInt(4, r.seq());
            ps.setString(5, r.phone());
            ps.setObject(6, r.customerId());
            ps.setString(7, r.parameters());
            ps.setString(8, r.skipReason() == null ? "queued" : "skipped");
            ps.setString(9, r.skipReason());
            ps.setTimestamp(10, at);
        });
        int inserted = 0;
        for (int[] chunk : counts) {
            for (int count : chunk) {
                inserted += count < 0 ? 1 : count; // SUCCESS_NO_INFO counts as written
            }
        }
        return inserted;
    }

    public BulkCounts counts(UUID bulkSendId) {
        return jdbc.sql("""
                        SELECT COUNT(*) AS total,
                               COUNT(*) FILTER (WHERE state = 'queued' AND not_before IS NULL) AS queued,
                               COUNT(*) FILTER (WHERE state = 'queued' AND not_before IS NOT NULL) AS waiting,
                               COUNT(*) FILTER (WHERE state = 'handed' AND delivery IN ('pending', 'sending')) AS sending,
                               COUNT(*) FILTER (WHERE delivery IN ('sent', 'delivered', 'read')) AS sent,
                               COUNT(*) FILTER (WHERE delivery IN ('delivered', 'read')) AS delivered,
                               COUNT(*) FILTER (WHERE delivery = 'read') AS read_count,
                               COUNT(*) FILTER (WHERE replied_at IS NOT NULL) AS replied,
                               COUNT(*) FILTER (WHERE delivery = 'failed') AS failed,
                               COUNT(*) FILTER (WHERE delivery = 'unknown') AS unknown_count,
                               COUNT(*) FILTER (WHERE state = 'skipped') AS skipped,
                               COUNT(*) FILTER (WHERE state = 'cancelled') AS cancelled
                          FROM bulk_recipient WHERE bulk_send_id = ?""")
                .param(bulkSendId)
                .query((rs, n) -> new BulkCounts(
                        rs.getLong("total"),
                        rs.getLong("queued"),
                        rs.getLong("waiting"),
                        rs.getLong("sending"),
                        rs.getLong("sent"),
                        rs.getLong("delivered"),
                        rs.getLong("read_count"),
                        rs.getLong("replied"),
                        rs.getLong("failed"),
                        rs.getLong("unknown_count"),
                        rs.getLong("skipped"),
                        rs.getLong("cancelled")))
                .single();
    }

    /** Failure reasons and how many recipients each, most frequent first. */
    public Map<String, Long> failureReasons(UUID bulkSendId) {
        Map<String, Long> reasons = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT COALESCE(error_reason, skip_reason, 'unknown') AS reason, COUNT(*) AS n FROM bulk_recipient"
                        + " WHERE bulk_send_id = ? AND (delivery = 'failed' OR state = 'skipped')"
                        + " GROUP BY COALESCE(error_reason, skip_reason, 'unknown') ORDER BY n DESC")
                .param(bulkSendId)
                .query((rs, n) -> reasons.put(rs.getString("reason"), rs.getLong("n")))
                .list();
        return reasons;
    }

    /** Sends and replies per step of time from the first send on (steps of at least 5 s, at most 40 of them). */
    public List<BulkProgressPoint> progress(UUID bulkSendId) {
        Timestamp[] span = jdbc.sql("SELECT MIN(handed_at), MAX(GREATEST(handed_at, COALESCE(replied_at, handed_at)))"
                        + " FROM bulk_recipient WHERE bulk_send_id = ?")
                .param(bulkSendId)
                .query((rs, n) -> new Timestamp[] {rs.getTimestamp(1), rs.getTimestamp(2)})
                .single();
        if (span[0] == null) {
            return List.of();
        }
        long first = span[0].getTime() / 1000;
        long step = Math.max(5, (span[1].getTime() / 1000 - first) / 40 + 1);
        java.util.TreeMap<Long, long[]> buckets = new java.util.TreeMap<>();
        jdbc.sql("SELECT handed_at, replied_at FROM bulk_recipient WHERE bulk_send_id = ? AND handed_at IS NOT NULL")
                .param(bulkSendId)
                .query(rs -> {
                    long sent = (rs.getTimestamp(1).getTime() / 1000 - first) / step;
                    buckets.computeIfAbsent(sent, k -> new long[2])[0]++;
                    Timestamp replied = rs.getTimestamp(2);
                    if (replied != null) {
                        buckets.computeIfAbsent((replied.getTime() / 1000 - first) / step, k -> new long[2])[1]++;
                    }
                });
        List<BulkProgressPoint> points = new ArrayList<>();
        long last =
                Math.max(11, buckets.isEmpty() ? 0 : buckets.lastKey()); // at least 12 steps: a timeline, not a block
        for (long b = 0; b <= last; b++) {
            long[] counts = buckets.getOrDefault(b, new long[2]);
            points.add(new BulkProgressPoint(Instant.ofEpochSecond(first + b * step), counts[0], counts[1]));
        }
        return points;
    }

    /** Recipients handed over whose send has not been answered yet. */
    public int inFlight(UUID bulkSendId) {
        return jdbc.sql("SELECT COUNT(*) FROM bulk_recipient WHERE bulk_send_id = ? AND state = 'handed'"
                        + " AND delivery IN ('pending', 'sending')")
                .param(bulkSendId)
                .query(Integer.class)
                .single();
    }

    /** The next queued recipients in order whose contact hours (if they waited for them) have come. */
    public List<Claimable> nextQueued(UUID bulkSendId, Instant now, int limit) {
        return jdbc.sql("SELECT id, phone, customer_id, parameters, attempt FROM bulk_recipient"
                        + " WHERE bulk_send_id = ? AND state = 'queued' AND (not_before IS NULL OR not_before <= ?)"
                        + " ORDER BY seq LIMIT ?")
                .params(bulkSendId, Timestamp.from(now), limit)
                .query((rs, n) -> new Claimable(
                        rs.getObject("id", UUID.class),
                        rs.getString("phone"),
                        rs.getObject("customer_id", UUID.class),
                        rs.getString("parameters"),
                        rs.getInt("attempt")))
                .list();
    }

    public boolean anyQueued(UUID bulkSendId) {
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM bulk_recipient WHERE bulk_send_id = ? AND state = 'queued'"
                                + " LIMIT 1) q")
                        .param(bulkSendId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Takes a queued recipient for handing over; false when it is no longer queued (cancelled, handed). */
    public boolean take(UUID id, Instant now) {
        return jdbc.sql("UPDATE bulk_recipient SET state = 'handed', delivery = 'pending', handed_at = ?,"
                                + " updated_at = ? WHERE id = ? AND state = 'queued'")
                        .params(Timestamp.from(now), Timestamp.from(now), id)
                        .update()
                == 1;
    }

    public void handed(UUID id, UUID messageId, UUID conversationId) {
        jdbc.sql("UPDATE bulk_recipient SET message_id = ?, conversation_id = ? WHERE id = ?")
                .params(messageId, conversationId, id)
                .update();
    }

    public void skip(UUID id, String reason, Instant now) {
        jdbc.sql("UPDATE bulk_recipient SET state = 'skipped', skip_reason = ?, updated_at = ?"
                        + " WHERE id = ? AND state = 'queued'")
                .params(reason, Timestamp.from(now), id)
                .update();
    }

    public void waitUntil(UUID id, Instant notBefore, Instant now) {
        jdbc.sql("UPDATE bulk_recipient SET not_before = ?, updated_at = ? WHERE id = ? AND state = 'queued'")
                .params(Timestamp.from(notBefore), Timestamp.from(now), id)
                .update();
    }

    /** The inbox refused the send before queuing it (a template variable it could not fill, say). */
    public void refused(UUID id, String reason, Instant now) {
        jdbc.sql("UPDATE bulk_recipient SET state = 'handed', delivery = 'failed', error_reason = ?, retryable = FALSE,"
                        + " handed_at = ?, updated_at = ? WHERE id = ? AND state = 'queued'")
                .params(reason, Timestamp.from(now), Timestamp.from(now), id)
                .update();
    }

    /** The message's new status; statuses only move forward, and a failure keeps Meta's code and reason. */
    public void delivery(
            UUID messageId, String status, Integer errorCode, String errorReason, boolean retryable, Instant now) {
        jdbc.sql("UPDATE bulk_recipient SET delivery = :status, error_code = :code, error_reason = :reason,"
                        + " retryable = :retryable, updated_at = :now WHERE message_id = :message"
                        + " AND " + DeliveryOrder.rankSql("delivery") + " < " + DeliveryOrder.rankSql(":status"))
                .param("status", status)
                .param("code", errorCode)
                .param("reason", errorReason)
                .param("retryable", retryable)
                .param("now", Timestamp.from(now))
                .param("message", messageId)
                .update();
    }

    /** The customer wrote in the conversation a bulk message was sent to: it counts as a reply once. */
    public void replied(UUID conversationId, Instant at) {
        jdbc.sql("UPDATE bulk_recipient SET replied_at = ?, updated_at = ? WHERE conversation_id = ?"
                        + " AND replied_at IS NULL AND handed_at <= ? AND delivery IN ('sent', 'delivered', 'read')")
                .params(Timestamp.from(at), Timestamp.from(at), conversationId, Timestamp.from(at))
                .update();
    }

    /** Every queued recipient is cancelled; answers how many. */
    public int cancelQueued(UUID bulkSendId, Instant now) {
        return jdbc.sql("UPDATE bulk_recipient SET state = 'cancelled', updated_at = ? WHERE bulk_send_id = ?"
                        + " AND state = 'queued'")
                .params(Timestamp.from(now), bulkSendId)
                .update();
    }

    /** Failed recipients whose error is temporary go back to the queue (their failed message stays in its thread). */
    public int requeueRetryable(UUID bulkSendId, Instant now) {
        return jdbc.sql("UPDATE bulk_recipient SET state = 'queued', delivery = NULL, message_id = NULL,"
                        + " error_code = NULL, error_reason = NULL, retryable = NULL, handed_at = NULL, attempt = attempt + 1,"
                        + " updated_at = ?"
                        + " WHERE bulk_send_id = ? AND delivery = 'failed' AND retryable = TRUE")
                .params(Timestamp.from(now), bulkSendId)
                .update();
    }

    /** A page of recipients in order, after a place ({@code afterSeq}, -1 for the first page), optionally by state. */
    public List<BulkRecipientView> page(UUID bulkSendId, String filter, int afterSeq, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bulk_recipient WHERE bulk_send_id = :id AND seq > :after"
                        + RecipientFilter.sql(filter) + " ORDER BY seq LIMIT :limit")
                .param("id", bulkSendId)
                .param("after", afterSeq)
                .param("limit", limit)
                .query(RecipientStore::view)
                .list();
    }

    /** Every recipient in order, streamed (for the CSV export). */
    public void forEach(UUID bulkSendId, Consumer<BulkRecipientView> each) {
        int after = -1;
        List<BulkRecipientView> page;
        do {
            page = page(bulkSendId, null, after, 1000);
            page.forEach(each);
            after = page.isEmpty() ? after : page.get(page.size() - 1).seq();
        } while (page.size() == 1000);
    }

    private static BulkRecipientView view(ResultSet rs, int n) throws SQLException {
        Timestamp notBefore = rs.getTimestamp("not_before");
        Timestamp handedAt = rs.getTimestamp("handed_at");
        Timestamp repliedAt = rs.getTimestamp("replied_at");
        return new BulkRecipientView(
                rs.getObject("id", UUID.class),
                rs.getInt("seq"),
                rs.getString("phone"),
                rs.getObject("customer_id", UUID.class),
                rs.getString("state"),
                rs.getString("skip_reason"),
                notBefore == null ? null : notBefore.toInstant(),
                rs.getObject("message_id", UUID.class),
                rs.getObject("conversation_id", UUID.class),
                rs.getString("delivery"),
                (Integer) rs.getObject("error_code"),
                rs.getString("error_reason"),
                rs.getBoolean("retryable"),
                handedAt == null ? null : handedAt.toInstant(),
                repliedAt == null ? null : repliedAt.toInstant());
    }

    static List<NewRecipient> newBatch() {
        return new ArrayList<>();
    }
}
