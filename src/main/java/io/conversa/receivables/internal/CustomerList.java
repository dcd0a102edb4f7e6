package io.conversa.receivables.internal;

import io.conversa.core.LikePattern;
import io.conversa.core.ResultPage;
import io.conversa.identity.Workspace;
import io.conversa.receivables.AgingBucket;
import io.conversa.receivables.CustomerRow;
import io.conversa.receivables.CustomerSearch;
import io.conversa.receivables.PortfolioTotals;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customer list read model: each customer with the open balance in the workspace currency and the age of its
 * oldest unpaid invoice in any currency, filtered and paged in the database.
 */
@Component
public class CustomerList {

    private static final String FROM = """
            FROM customer c
            LEFT JOIN (SELECT customer_id,
                              SUM(CASE WHEN currency = :currency THEN balance ELSE 0 END) AS balance,
                              MIN(due_date) AS oldest_due, COUNT(*) AS open_invoices
                         FROM invoice
                        WHERE workspace_id = :ws AND status = 'open' AND balance > 0
                        GROUP BY customer_id) a ON a.customer_id = c.id
            """;

    private final JdbcClient jdbc;

    CustomerList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ResultPage<CustomerRow> search(
            Workspace workspace, LocalDate today, CustomerSearch search, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("ws", workspace.id());
        params.put("currency", workspace.currency());
        String where = where(search, today, params);
        long total = jdbc.sql("SELECT COUNT(*) " + FROM + where)
                .params(params)
                .query(Long.class)
                .single();
        List<CustomerRow> rows = jdbc.sql("SELECT c.id, c.external_ref, c.name, c.email, c.phone, a.balance, "
                        + "a.oldest_due, a.open_invoices " + FROM + where
                        + " ORDER BY COALESCE(a.balance, 0) DESC, c.name, c.id LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> row(rs, today, workspace.currency()))
                .list();
        return new ResultPage<>(withTags(rows), page, size, total);
    }

    /** The portfolio at a glance: customers, open balance, overdue balance and customers with overdue invoices. */
    public PortfolioTotals totals(Workspace workspace, LocalDate today) {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM customer WHERE workspace_id = :ws) AS customers,
                               COALESCE(SUM(balance), 0) AS balance,
                               COALESCE(SUM(CASE WHEN due_date < :today THEN balance END), 0) AS overdue,
                               COUNT(DISTINCT CASE WHEN due_date < :today THEN customer_id END) AS overdue_customers
                          FROM invoice
                         WHERE workspace_id = :ws AND status = 'open' AND balance > 0 AND currency = :currency""")
                .param("ws", workspace.id())
                .param("today", Date.valueOf(today))
                .param("currency", workspace.currency())
                .query((rs, n) -> new PortfolioTotals(
                        rs.getLong("customers"),
                        Amounts.display(rs.getBigDecimal("balance"), workspace.currency()),
                        Amounts.display(rs.getBigDecimal("overdue"), workspace.currency()),
                        rs.getLong("overdue_customers"),
                        workspace.currency()))
                .single();
    }

    /** Ids of customers whose name, e-mail, tax id, reference or phone contains the text; at most {@code limit}. */
    public List<UUID> idsMatching(Workspace workspace, String text, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("ws", workspace.id());
        String where = where(new CustomerSearch(text, null, null, null), null, params);
        return jdbc.sql("SELECT c.id FROM customer c" + where + " LIMIT :limit")
                .params(params)
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    public Map<UUID, String> names(Workspace workspace, Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("SELECT id, name FROM customer WHERE workspace_id = :ws AND id IN (:ids)")
                .param("ws", workspace.id())
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> names.put(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        return names;
    }

    /**
     * The customers whose phone has one of these match keys, as (match key, customer id) pairs; a key two customers
     * share comes twice. {@code = ANY(array)}: one statement shape whatever the count.
     */
    public List<Map.Entry<String, UUID>> withPhoneKeys(Workspace workspace, Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT phone_key, id FROM customer WHERE workspace_id = ? AND phone_key = ANY(?)")
                .params(workspace.id(), keys.toArray(String[]::new))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class)))
                .list();
    }

    /** Every customer tag in use in the workspace, for the tag filter. */
    public List<String> tags(Workspace workspace) {
        return jdbc.sql("SELECT DISTINCT t.tag FROM customer_tag t JOIN customer c ON c.id = t.customer_id "
                        + "WHERE c.workspace_id = :ws ORDER BY t.tag")
                .param("ws", workspace.id())
                .query(String.class)
                .list();
    }

    private static String where(CustomerSearch search, LocalDate today, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>(List.of("c.workspace_id = :ws"));
        if (search.query() != null && !search.query().isBlank()) {
            String text = search.query().trim().toLowerCase(Locale.ROOT);
            params.put("text", LikePattern.contains(text));
            String digits = text.replaceAll("\\D", "");
            String phoneClause = digits.length() >= 4 ? " OR c.phone_e164 LIKE :digits" : "";
            params.put("digits", "%" + digits + "%");
            clauses.add("(LOWER(c.name) LIKE :text ESCAPE '\\' OR LOWER(c.email) LIKE :text ESCAPE '\\'"
                    + " OR LOWER(c.tax_id) LIKE :text ESCAPE '\\' OR LOWER(c.external_ref) LIKE :text ESCAPE '\\'"
                    + " OR LOWER(c.phone) LIKE :text ESCAPE '\\'" + phoneClause + ")");
        }
        if (search.overdue() != null) {
            clauses.add(overdueClause(search.overdue(), today, params));
        }
        if (search.minBalance() != null) {
            params.put("minBalance", search.minBalance());
            clauses.add("COALESCE(a.balance, 0) >= :minBalance");
        }
        if (search.tag() != null && !search.tag().isBlank()) {
            params.put("tag", search.tag().trim().toLowerCase(Locale.ROOT));
            clauses.add("EXISTS (SELECT 1 FROM customer_tag t WHERE t.customer_id = c.id AND t.tag = :tag)");
        }
        return " WHERE " + String.join(" AND ", clauses);
    }

    private static String overdueClause(AgingBucket bucket, LocalDate today, Map<String, Object> params) {
        if (bucket == AgingBucket.CURRENT) {
            params.put("today", Date.valueOf(today));
            return "a.oldest_due >= :today";
        }
        params.put("dueFrom", Date.valueOf(today.minusDays(Math.min(bucket.maxDays(), 36_500))));
        params.put("dueTo", Date.valueOf(today.minusDays(bucket.minDays())));
        return "a.oldest_due BETWEEN :dueFrom AND :dueTo";
    }

    private static CustomerRow row(ResultSet rs, LocalDate today, String currency) throws SQLException {
        Date oldestDue = rs.getDate("oldest_due");
        int overdue =
                oldestDue == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(oldestDue.toLocalDate(), today));
        BigDecimal balance = rs.getBigDecimal("balance");
        return new CustomerRow(
                rs.getObject("id", UUID.class),
                rs.getString("external_ref"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("phone"),
                List.of(),
                Amounts.display(balance == null ? BigDecimal.ZERO : balance, currency),
                currency,
                rs.getInt("open_invoices"),
                overdue);
    }

    private List<CustomerRow> withTags(List<CustomerRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<String>> tags = new LinkedHashMap<>();
        jdbc.sql("SELECT customer_id, tag FROM customer_tag WHERE customer_id IN (:ids) ORDER BY tag")
                .param("ids", rows.stream().map(CustomerRow::id).toList())
                .query((rs, n) -> tags.computeIfAbsent(rs.getObject("customer_id", UUID.class), k -> new ArrayList<>())
                        .add(rs.getString("tag")))
                .list();
        return rows.stream()
                .map(r -> new CustomerRow(
                        r.id(),
                        r.externalRef(),
                        r.name(),
                        r.email(),
                        r.phone(),
                        tags.getOrDefault(r.id(), List.of()),
                        r.balance(),
                        r.currency(),
                        r.openInvoices(),
                        r.maxOverdueDays()))
                .toList();
    }
}
