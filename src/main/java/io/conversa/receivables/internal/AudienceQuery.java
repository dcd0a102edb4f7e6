package io.conversa.receivables.internal;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.conversa.identity.Workspace;
import io.conversa.receivables.AudienceMember;
import io.conversa.receivables.CustomerAudience;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The customers a bulk-send audience chooses, read from the database in pages of rows (a cursor), so an audience of
 * any size never sits in memory. Callers run it inside a transaction (PostgreSQL streams only inside one).
 */
@Component
public class AudienceQuery {

    private static final int FETCH_SIZE = 1000;

    private final NamedParameterJdbcTemplate jdbc;

    AudienceQuery(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(template);
    }

    /** What each of these customers still owes (any currency); those who owe nothing are absent. */
    public Map<UUID, BigDecimal> openBalances(Workspace workspace, Collection<UUID> ids) {
        Map<UUID, BigDecimal> balances = new HashMap<>();
        if (ids.isEmpty()) {
            return balances;
        }
        jdbc.query(
                "SELECT customer_id, SUM(balance) AS balance FROM invoice WHERE workspace_id = :ws AND status = 'open'"
                        + " AND balance > 0 AND customer_id IN (:ids) GROUP BY customer_id",
                Map.of("ws", workspace.id(), "ids", ids),
                rs -> {
                    balances.put(rs.getObject("customer_id", UUID.class), rs.getBigDecimal("balance"));
                });
        return balances;
    }

    public void forEach(
            Workspace workspace, LocalDate today, CustomerAudience audience, Consumer<AudienceMember> each) {
        forEach(workspace, today, audience, 0, each);
    }

    /** As {@link #forEach(Workspace, LocalDate, CustomerAudience, Consumer)}, the first {@code limit} only (0: all). */
    public void forEach(
            Workspace workspace, LocalDate today, CustomerAudience audience, int limit, Consumer<AudienceMember> each) {
        Map<String, Object> params = new HashMap<>();
        params.put("ws", workspace.id());
        params.put("currency", workspace.currency());
        List<String> where = new ArrayList<>(List.of("c.workspace_id = :ws", "c.phone_e164 IS NOT NULL"));
        if (audience.minDaysOverdue() != null) {
            where.add("a.oldest_due < :dueBefore");
            params.put("dueBefore", Date.valueOf(today.minusDays(audience.minDaysOverdue())));
        }
        if (audience.minBalance() != null) {
            where.add("COALESCE(a.balance, 0) >= :minBalance");
            params.put("minBalance", audience.minBalance());
        }
        if (audience.tag() != null && !audience.tag().isBlank()) {
            where.add("EXISTS (SELECT 1 FROM customer_tag t WHERE t.customer_id = c.id AND t.tag = :tag)");
            params.put("tag", audience.tag().trim().toLowerCase(Locale.ROOT));
        }
        if (audience.country() != null && !audience.country().isBlank()) {
            int code = PhoneNumberUtil.getInstance()
                    .getCountryCodeForRegion(audience.country().trim().toUpperCase(Locale.ROOT));
            where.add("c.phone_e164 LIKE :countryPrefix");
            params.put("countryPrefix", "+" + code + "%");
        }
        jdbc.query(
                """
                SELECT c.id, c.name, c.phone_e164, COALESCE(a.balance, 0) AS balance
                  FROM customer c
                  LEFT JOIN (SELECT customer_id,
                                    SUM(CASE WHEN currency = :currency THEN balance ELSE 0 END) AS balance,
                                    MIN(due_date) AS oldest_due
                               FROM invoice
                              WHERE workspace_id = :ws AND status = 'open' AND balance > 0
                              GROUP BY customer_id) a ON a.customer_id = c.id
                """ + " WHERE " + String.join(" AND ", where) + " ORDER BY c.name, c.id"
                        + (limit > 0 ? " LIMIT " + limit : ""),
                params,
                rs -> {
                    BigDecimal balance = rs.getBigDecimal("balance");
                    each.accept(new AudienceMember(
                            rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("phone_e164"), balance));
                });
    }
}
