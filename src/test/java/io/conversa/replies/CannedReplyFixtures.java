package io.conversa.replies;

import io.conversa.core.WorkspaceId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the canned-reply tests share: a second workspace (never the primary one) and a clean reply table. */
final class CannedReplyFixtures {

    static final UUID OTHER_WORKSPACE = UUID.nameUUIDFromBytes("conversa:canned-reply-tests:other".getBytes());

    private CannedReplyFixtures() {}

    /** Another tenant; created far in the future so that it never becomes the installation's primary workspace. */
    static WorkspaceId otherWorkspace(JdbcClient jdbc) {
        jdbc.sql("""
                        INSERT INTO workspace (id, name, default_country, time_zone, currency, locale, created_at)
                        VALUES (?, 'Otra Empresa', 'MX', 'America/Mexico_City', 'MXN', 'es', ?)
                        ON CONFLICT DO NOTHING""")
                .params(OTHER_WORKSPACE, Timestamp.from(Instant.parse("2999-01-01T00:00:00Z")))
                .update();
        return new WorkspaceId(OTHER_WORKSPACE);
    }

    static void clearReplies(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM canned_reply").update();
    }
}
