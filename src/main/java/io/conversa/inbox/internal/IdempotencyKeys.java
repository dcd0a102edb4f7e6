package io.conversa.inbox.internal;

import io.conversa.core.DomainException;
import io.conversa.core.WorkspaceId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The idempotency keys of send requests ({@code send_request}): the first request with a key claims it for its
 * message; a repeated request finds the message that holds it and sends nothing new.
 */
@Repository
class IdempotencyKeys {

    static final int MAX_LENGTH = 200;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    IdempotencyKeys(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A key and the message that would hold it. */
    record Claim(String key, UUID messageId) {}

    /**
     * Claims the keys in one batch; answers, for every key, the message that holds it: the claim's own message, or the
     * message of an earlier request (or of an earlier claim of the same batch) with that key.
     */
    Map<String, UUID> claim(WorkspaceId workspace, List<Claim> claims, Instant now) {
        Map<String, UUID> holders = new HashMap<>();
        if (claims.isEmpty()) {
            return holders;
        }
        for (Claim claim : claims) {
            if (claim.key().length() > MAX_LENGTH) {
                throw DomainException.invalid("Idempotency-Key", "inbox.error.keyTooLong", "Idempotency-Key too long");
            }
        }
        Timestamp at = Timestamp.from(now);
        int[][] counts = batch.batchUpdate("""
                INSERT INTO send_request (workspace_id, idempotency_key, message_id, created_at)
                VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""", claims, claims.size(), (ps, claim) -> {
            ps.setObject(1, workspace.value());
            ps.setString(2, claim.key());
            ps.setObject(3, claim.messageId());
            ps.setTimestamp(4, at);
        });
        if (Arrays.stream(counts).flatMapToInt(Arrays::stream).allMatch(count -> count == 1)) {
            claims.forEach(claim -> holders.put(claim.key(), claim.messageId()));
            return holders;
        }
        jdbc.sql("SELECT idempotency_key, message_id FROM send_request WHERE workspace_id = ? "
                        + "AND idempotency_key = ANY(?)")
                .params(
                        workspace.value(),
                        claims.stream().map(Claim::key).distinct().toArray(String[]::new))
                .query((rs, n) -> holders.put(rs.getString(1), rs.getObject(2, UUID.class)))
                .list();
        return holders;
    }
}
