package io.conversa.campaigns.internal;

import io.conversa.campaigns.BulkCounts;
import io.conversa.campaigns.BulkProgressPoint;
import io.conversa.campaigns.BulkRecipientView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a bulk send's recipients tell: counts, failure reasons, progress over time, and the recipients themselves. */
@Repository
public class RecipientReports {

    private static final String COLUMNS = "id, seq, phone, customer_id, state, skip_reason, not_before, message_id,"
            + " conversation_id, delivery, error_code, error_reason, retryable, handed_at, replied_at";

    private final JdbcClient jdbc;

    RecipientReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public BulkCounts counts(UUID bulkSendId) {
        return counts(List.of(bulkSendId)).getOrDefault(bulkSendId, BulkCounts.NONE);
    }

    /** The counts of several bulk sends in one pass (a bulk send without recipients is absent). */
    public Map<UUID, BulkCounts> counts(Collection<UUID> bulkSendIds) {
        Map<UUID, BulkCounts> counts = new HashMap<>();
        if (bulkSendIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        SELECT bulk_send_id,
                               COUNT(*) AS total,
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
                          FROM bulk_recipient WHERE bulk_send_id IN (:ids) GROUP BY bulk_send_id""")
                .param("ids", List.copyOf(bulkSendIds))
                .query((rs, n) -> counts.put(
                        rs.getObject("bulk_send_id", UUID.class),
                        new BulkCounts(
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
                                rs.getLong("cancelled"))))
                .list();
        return counts;
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

    /** A page of recipients in order, after a place ({@code afterSeq}, -1 for the first page), optionally by state. */
    public List<BulkRecipientView> page(UUID bulkSendId, String filter, int afterSeq, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM bulk_recipient WHERE bulk_send_id = :id AND seq > :after"
                        + RecipientFilter.sql(filter) + " ORDER BY seq LIMIT :limit")
                .param("id", bulkSendId)
                .param("after", afterSeq)
                .param("limit", limit)
                .query(RecipientReports::view)
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
}
