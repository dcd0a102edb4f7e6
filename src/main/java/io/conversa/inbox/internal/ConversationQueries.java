package io.conversa.inbox.internal;

import io.conversa.core.WorkspaceId;
import io.conversa.inbox.ConversationFilter;
import io.conversa.inbox.ConversationPage;
import io.conversa.inbox.ConversationView;
import io.conversa.inbox.TabCounts;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The conversation list: filters, search and keyset pagination in the order agents work in (urgent first, then
 * high, then by the newest message). Every page is one index range scan from the cursor on; nothing is offset.
 */
@Component
public class ConversationQueries {

    private static final String ORDER = " ORDER BY c.priority_rank DESC, c.last_message_at DESC, c.id DESC";

    private final JdbcClient jdbc;
    private final ConversationStore store;
    private final ConversationSearch search;
    private final Clock clock;

    ConversationQueries(JdbcClient jdbc, ConversationStore store, ConversationSearch search, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.search = search;
        this.clock = clock;
    }

    public ConversationPage page(WorkspaceId workspace, ConversationFilter filter, String cursor, int limit) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = filters(workspace, filter, params);
        String from = source(workspace, filter, where, params);
        where.add(tabClause(filter.tab(), params));
        if (cursor != null && !cursor.isBlank()) {
            ListCursor after = ListCursor.decode(cursor);
            where.add("(c.priority_rank, c.last_message_at, c.id) < (:afterRank, :afterAt, :afterId)");
            params.put("afterRank", after.rank());
            params.put("afterAt", Timestamp.from(after.lastMessageAt()));
            params.put("afterId", after.id());
        }
        List<ConversationView> rows = jdbc.sql("SELECT " + prefixed() + ", c.priority_rank FROM " + from + " WHERE "
                        + String.join(" AND ", where) + ORDER + " LIMIT :limit")
                .params(params)
                .param("limit", limit + 1)
                .query((rs, n) -> ConversationStore.view(rs, List.of()))
                .list();
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            ConversationView last = rows.get(limit - 1);
            next = new ListCursor(rank(last.priority()), last.lastMessageAt(), last.id()).encode();
        }
        return new ConversationPage(store.withTags(rows), next);
    }

    /** The size of every tab under the same filters (search included), in one pass. */
    public TabCounts counts(WorkspaceId workspace, ConversationFilter filter) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = filters(workspace, filter, params);
        String from = source(workspace, filter, where, params);
        params.put("now", Timestamp.from(Instant.now(clock)));
        return jdbc.sql("""
                        SELECT COUNT(*) FILTER (WHERE c.status = 'open' AND (c.snoozed_until IS NULL
                                                OR c.snoozed_until <= :now)) AS open_count,
                               COUNT(*) FILTER (WHERE c.status = 'open' AND c.snoozed_until > :now) AS snoozed_count,
                               COUNT(*) FILTER (WHERE c.status = 'closed') AS closed_count,
                               COUNT(*) AS all_count
                          FROM """ + " " + from + " WHERE " + String.join(" AND ", where))
                .params(params)
                .query((rs, n) -> new TabCounts(
                        rs.getLong("open_count"),
                        rs.getLong("snoozed_count"),
                        rs.getLong("closed_count"),
                        rs.getLong("all_count")))
                .single();
    }

    static int rank(String priority) {
        return switch (priority) {
            case "urgent" -> 2;
            case "high" -> 1;
            default -> 0;
        };
    }

    private List<String> filters(WorkspaceId workspace, ConversationFilter filter, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        where.add("c.workspace_id = :ws");
        params.put("ws", workspace.value());
        if (filter.priority() != null) {
            where.add("c.priority = :priority");
            params.put("priority", filter.priority());
        }
        if (filter.tag() != null) {
            where.add("EXISTS (SELECT 1 FROM conversation_tag t WHERE t.conversation_id = c.id AND t.tag = :tag)");
            params.put("tag", filter.tag());
        }
        if (filter.unreadOnly()) {
            where.add("c.unread_count > 0");
        }
        if (filter.linked() != null) {
            where.add(filter.linked() ? "c.customer_id IS NOT NULL" : "c.customer_id IS NULL");
        }
        if (filter.assigneeId() != null) {
            where.add("c.assignee_id = :assignee");
            params.put("assignee", filter.assigneeId());
        }
        if (filter.waId() != null) {
            where.add("c.wa_id = :waId");
            params.put("waId", filter.waId());
        }
        if (filter.customerId() != null) {
            where.add("c.customer_id = :customer");
            params.put("customer", filter.customerId());
        }
        if (filter.sentiment() != null) {
            where.add("c.insight_sentiment = :sentiment");
            params.put("sentiment", filter.sentiment());
        }
        if (filter.topic() != null) {
            where.add("c.insight_topics LIKE :topic"); // stored as ",pago,disputa,"
            params.put("topic", "%," + filter.topic() + ",%");
        }
        return where;
    }

    /** Where the conversations are read from: all of them, or what a search collected (see ConversationSearch). */
    private String source(
            WorkspaceId workspace, ConversationFilter filter, List<String> where, Map<String, Object> params) {
        if (filter.search() == null) {
            return "conversation c";
        }
        ConversationSearch.Plan plan = search.plan(workspace, filter.search(), params);
        if (plan.where() != null) {
            where.add(plan.where());
        }
        return plan.from();
    }

    private String tabClause(String tab, Map<String, Object> params) {
        params.put("now", Timestamp.from(Instant.now(clock)));
        return switch (tab) {
            case "closed" -> "c.status = 'closed'";
            case "snoozed" -> "c.status = 'open' AND c.snoozed_until > :now";
            case "all" -> "1 = 1";
            default -> "c.status = 'open' AND (c.snoozed_until IS NULL OR c.snoozed_until <= :now)";
        };
    }

    private static String prefixed() {
        return "c." + ConversationStore.COLUMNS.replace(", ", ", c.");
    }
}
