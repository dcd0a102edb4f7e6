package io.conversa.campaigns.internal;

import io.conversa.core.ConditionalUpdates;
import io.conversa.inbox.QueuedMessage;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code bulk_recipient} table's writes: recipients written in batches when a bulk send is created (a number
 * already in the bulk send is left out by the database, so it is sent once), claimed in order by the dispatcher, and
 * followed through the inbox's delivery statuses ({@link RecipientReports} reads them). Every move is conditional on the state it leaves, so a recipient is handed
 * at most once however the moves race.
 */
@Repository
public class RecipientStore {

    /** A recipient to write: its place, E.164 phone, customer (or null), own parameters (JSON or null). */
    public record NewRecipient(int seq, String phone, UUID customerId, String parameters, String skipReason) {}

    /** A recipient the dispatcher may hand over. */
    public record Claimable(UUID id, String phone, UUID customerId, String parameters, int attempt) {}

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

    /** Takes several queued recipients at once; answers those that were still queued, in order. */
    public List<Claimable> take(List<Claimable> queued, Instant now) {
        Timestamp at = Timestamp.from(now);
        int[][] counts = batch.batchUpdate(
                "UPDATE bulk_recipient SET state = 'handed', delivery = 'pending', handed_at = ?, updated_at = ?"
                        + " WHERE id = ? AND state = 'queued'",
                queued,
                queued.size(),
                (ps, recipient) -> {
                    ps.setTimestamp(1, at);
                    ps.setTimestamp(2, at);
                    ps.setObject(3, recipient.id());
                });
        return ConditionalUpdates.changed(queued, counts[0]);
    }

    /** Each taken recipient's message, in the same order. */
    public void handed(List<Claimable> taken, List<QueuedMessage> messages) {
        batch.batchUpdate(
                "UPDATE bulk_recipient SET message_id = ?, conversation_id = ? WHERE id = ?",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        ps.setObject(1, messages.get(i).messageId());
                        ps.setObject(2, messages.get(i).conversationId());
                        ps.setObject(3, taken.get(i).id());
                    }

                    @Override
                    public int getBatchSize() {
                        return taken.size();
                    }
                });
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

    /** A message's new status, for its recipient; a failure keeps Meta's code and reason. */
    public record Delivery(UUID messageId, String status, Integer errorCode, String errorReason, boolean retryable) {}

    /** The messages' new statuses, in one batch, in order; statuses only move forward. */
    public void delivery(List<Delivery> deliveries, Instant now) {
        Timestamp at = Timestamp.from(now);
        batch.batchUpdate(
                "UPDATE bulk_recipient SET delivery = ?, error_code = ?, error_reason = ?, retryable = ?,"
                        + " updated_at = ? WHERE message_id = ? AND " + DeliveryOrder.rankSql("delivery") + " < "
                        + DeliveryOrder.rankSql("?"),
                deliveries,
                deliveries.size(),
                (ps, delivery) -> {
                    ps.setString(1, delivery.status());
                    ps.setObject(2, delivery.errorCode(), java.sql.Types.INTEGER);
                    ps.setString(3, delivery.errorReason());
                    ps.setBoolean(4, delivery.retryable());
                    ps.setTimestamp(5, at);
                    ps.setObject(6, delivery.messageId());
                    ps.setString(7, delivery.status());
                });
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
}
