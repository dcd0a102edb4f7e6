package io.conversa.inbox.internal;

import io.conversa.core.LikePattern;
import io.conversa.core.WorkspaceId;
import io.conversa.receivables.Customers;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conversations an agent's words find: the contact's profile name or number, the linked customer's name, e-mail
 * or phone, or any message's text contains them as typed (case-insensitive; {@code %} and {@code _} are literal).
 *
 * <p>Two plans, chosen by how common the words are in messages. Rare words: the matching conversations are collected
 * through the trigram indexes (contacts on one side, messages on the other, never both for one conversation) and only
 * those are ordered. Common words (at least {@value #COMMON} messages): the list is walked in its order and each
 * conversation checked, which finds a page of matches quickly where collecting every match would not; for a rare
 * word the walk would read the whole list.
 *
 * <p>How common is first read from PostgreSQL's own estimate (planning only, well under a millisecond); only when the
 * estimate is near the line are the matching messages counted (up to {@value #COMMON}, through the index).
 */
@Component
class ConversationSearch {

    /** Customers a search may match before the list stops widening it. */
    static final int MAX_MATCHING_CUSTOMERS = 500;

    /** Messages matching a search from which the words count as common. */
    static final int COMMON = 2000;

    /** How far the planner's estimate may be off before it is trusted without counting (see the class comment). */
    private static final int ESTIMATE_MARGIN = 10;

    /**
     * Where the list reads conversations from ({@code from}, aliased {@code c}) and what else they must match
     * ({@code where}, or none).
     */
    record Plan(String from, String where) {}

    private final JdbcClient jdbc;
    private final Customers customers;
    private final JsonMapper json;
    private final boolean postgres;

    ConversationSearch(JdbcClient jdbc, Customers customers, JsonMapper json, DataSource dataSource)
            throws SQLException {
        this.jdbc = jdbc;
        this.customers = customers;
        this.json = json;
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    /** The plan for these words; puts its parameters ({@code :ws} is the caller's) in {@code params}. */
    Plan plan(WorkspaceId workspace, String search, Map<String, Object> params) {
        String text = LikePattern.contains(search);
        params.put("text", text);
        String contact = contactMatch(workspace, search, params);
        if (common(workspace, text)) {
            // OFFSET 0 keeps the check per conversation: PostgreSQL would otherwise hash every matching message
            return new Plan(
                    "conversation c",
                    "(" + contact.formatted("c") + " OR EXISTS (SELECT 1 FROM message m "
                            + "WHERE m.conversation_id = c.id AND m.text ILIKE :text OFFSET 0))");
        }
        // The message side looks conversations up by id (an array, so never a scan of every conversation), and
        // leaves out those the contact side already found, so nothing is counted twice and nothing needs deduping.
        return new Plan(
                "(SELECT * FROM conversation x WHERE x.workspace_id = :ws AND " + contact.formatted("x")
                        + " UNION ALL SELECT * FROM conversation x WHERE x.id = ANY (ARRAY(SELECT m.conversation_id"
                        + " FROM message m WHERE m.workspace_id = :ws AND m.text ILIKE :text))"
                        + " AND " + contact.formatted("x") + " IS NOT TRUE) c",
                null);
    }

    /** The contact side of the match, with {@code %1$s} for the conversation's alias. */
    private String contactMatch(WorkspaceId workspace, String search, Map<String, Object> params) {
        List<String> contact = new ArrayList<>();
        contact.add("%1$s.contact_name ILIKE :text");
        String digits = search.replaceAll("\\D", "");
        if (digits.length() >= 3) {
            contact.add("%1$s.wa_id LIKE :digits");
            params.put("digits", LikePattern.contains(digits));
        }
        List<UUID> matchingCustomers = customers.idsMatching(workspace, search, MAX_MATCHING_CUSTOMERS);
        if (!matchingCustomers.isEmpty()) {
            contact.add("%1$s.customer_id IN (:customers)");
            params.put("customers", matchingCustomers);
        }
        return "(" + String.join(" OR ", contact) + ")";
    }

    private boolean common(WorkspaceId workspace, String text) {
        if (postgres) {
            double estimate = estimatedMatchingMessages(workspace, text);
            if (estimate >= (double) COMMON * ESTIMATE_MARGIN) {
                return true;
            }
            if (estimate < (double) COMMON / ESTIMATE_MARGIN) {
                return false;
            }
        }
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM message m WHERE m.workspace_id = :ws "
                                + "AND m.text ILIKE :text LIMIT " + COMMON + ") found")
                        .param("ws", workspace.value())
                        .param("text", text)
                        .query(Long.class)
                        .single()
                >= COMMON;
    }

    private double estimatedMatchingMessages(WorkspaceId workspace, String text) {
        String plan = jdbc.sql("EXPLAIN (FORMAT JSON) SELECT 1 FROM message m WHERE m.workspace_id = :ws "
                        + "AND m.text ILIKE :text")
                .param("ws", workspace.value())
                .param("text", text)
                .query(String.class)
                .single();
        return json.readTree(plan).path(0).path("Plan").path("Plan Rows").asDouble();
    }
}
