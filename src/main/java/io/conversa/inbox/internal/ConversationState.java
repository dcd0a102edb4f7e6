package io.conversa.inbox.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agent-side state of a conversation: status, priority, tags, assignee, customer, snooze and unread count. */
@Repository
public class ConversationState {

    private final JdbcClient jdbc;

    ConversationState(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Closing also ends a snooze; answers whether the status changed. */
    public boolean status(UUID id, String status, Instant now) {
        return update(
                id,
                "status = :value, snoozed_until = CASE WHEN :value = 'closed' THEN NULL ELSE snoozed_until END",
                "status <> :value",
                status,
                now);
    }

    public boolean priority(UUID id, String priority, Instant now) {
        return update(id, "priority = :value, priority_rank = " + rankSql(), "priority <> :value", priority, now);
    }

    public boolean assignee(UUID id, UUID userId, Instant now) {
        return update(
                id,
                "assignee_id = CAST(:value AS UUID)",
                "assignee_id IS DISTINCT FROM CAST(:value AS UUID)",
                userId,
                now);
    }

    public boolean customer(UUID id, UUID customerId, Instant now) {
        return update(
                id,
                "customer_id = CAST(:value AS UUID)",
                "customer_id IS DISTINCT FROM CAST(:value AS UUID)",
                customerId,
                now);
    }

    /** Snoozing reopens a closed conversation: it is meant to come back. */
    public boolean snooze(UUID id, Instant until, Instant now) {
        return update(
                id,
                "snoozed_until = CAST(:value AS TIMESTAMP WITH TIME ZONE), "
                        + "status = CASE WHEN CAST(:value AS TIMESTAMP WITH TIME ZONE) IS NULL THEN status "
                        + "ELSE 'open' END",
                "snoozed_until IS DISTINCT FROM CAST(:value AS TIMESTAMP WITH TIME ZONE)",
                until == null ? null : Timestamp.from(until),
                now);
    }

    /** Answers whether there was anything unread. */
    public boolean markRead(UUID id, Instant now) {
        return jdbc.sql("UPDATE conversation SET unread_count = 0, updated_at = ?, version = version + 1 "
                                + "WHERE id = ? AND unread_count > 0")
                        .params(Timestamp.from(now), id)
                        .update()
                == 1;
    }

    public List<String> tags(UUID id) {
        return jdbc.sql("SELECT tag FROM conversation_tag WHERE conversation_id = ? ORDER BY tag")
                .param(id)
                .query(String.class)
                .list();
    }

    public void replaceTags(UUID id, List<String> tags, Instant now) {
        jdbc.sql("DELETE FROM conversation_tag WHERE conversation_id = ?")
                .param(id)
                .update();
        for (String tag : tags) {
            jdbc.sql("INSERT INTO conversation_tag (conversation_id, tag) VALUES (?, ?)")
                    .params(id, tag)
                    .update();
        }
        jdbc.sql("UPDATE conversation SET updated_at = ?, version = version + 1 WHERE id = ?")
                .params(Timestamp.from(now), id)
                .update();
    }

    /** Tags used in the workspace, most used first, for suggestions. */
    public List<String> workspaceTags(UUID workspaceId, int limit) {
        return jdbc.sql("""
                        SELECT t.tag FROM conversation_tag t JOIN conversation c ON c.id = t.conversation_id
                         WHERE c.workspace_id = ? GROUP BY t.tag ORDER BY COUNT(*) DESC, t.tag LIMIT ?""").params(workspaceId, limit).query(String.class).list();
    }

    private boolean update(UUID id, String set, String changedWhen, Object value, Instant now) {
        return jdbc.sql("UPDATE conversation SET " + set + ", updated_at = :now, version = version + 1 WHERE id = :id"
                                + " AND (" + changedWhen + ")")
                        .param("value", value)
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .update()
                == 1;
    }

    private static String rankSql() {
        return "CASE :value WHEN 'urgent' THEN 2 WHEN 'high' THEN 1 ELSE 0 END";
    }
}
