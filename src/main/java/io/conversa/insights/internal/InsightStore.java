package io.conversa.insights.internal;

import io.conversa.insights.InsightView;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code conversation_insight} table: every analysis kept, the newest one shown. */
@Repository
public class InsightStore {

    private static final String COLUMNS = "id, conversation_id, summary, sentiment, topics, next_action, promise_date,"
            + " promise_amount, provider, model, fallback_reason, input_tokens, output_tokens, cost_usd, occasion,"
            + " created_at, last_message_id";

    private final JdbcClient jdbc;

    InsightStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID workspaceId, InsightView insight) {
        jdbc.sql("INSERT INTO conversation_insight (" + COLUMNS
                        + ", workspace_id) VALUES (:id, :conversation, :summary,"
                        + " :sentiment, :topics, :nextAction, :promiseDate, :promiseAmount, :provider, :model,"
                        + " :fallbackReason, :inputTokens, :outputTokens, :cost, :occasion, :createdAt, :lastMessage,"
                        + " :workspace)")
                .param("id", insight.id())
                .param("conversation", insight.conversationId())
                .param("summary", truncate(insight.summary(), 2000))
                .param("sentiment", insight.sentiment())
                .param("topics", String.join(",", insight.topics()))
                .param("nextAction", truncate(insight.nextAction(), 500))
                .param("promiseDate", insight.promiseDate() == null ? null : Date.valueOf(insight.promiseDate()))
                .param("promiseAmount", insight.promiseAmount())
                .param("provider", insight.provider())
                .param("model", truncate(insight.model(), 100))
                .param("fallbackReason", truncate(insight.fallbackReason(), 300))
                .param("inputTokens", insight.inputTokens())
                .param("outputTokens", insight.outputTokens())
                .param("cost", insight.costUsd())
                .param("occasion", insight.occasion())
                .param("createdAt", Timestamp.from(insight.createdAt()))
                .param("lastMessage", insight.lastMessageId())
                .param("workspace", workspaceId)
                .update();
    }

    public Optional<InsightView> latest(UUID workspaceId, UUID conversationId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM conversation_insight WHERE conversation_id = ? AND workspace_id = ?"
                        + " ORDER BY created_at DESC LIMIT 1")
                .params(conversationId, workspaceId)
                .query((rs, n) -> view(rs))
                .optional();
    }

    /** Tokens spent with a provider (not the offline analyzer) since a moment. */
    public long providerTokensSince(UUID workspaceId, Instant since) {
        Long tokens = jdbc.sql("SELECT COALESCE(SUM(input_tokens + output_tokens), 0) FROM conversation_insight"
                        + " WHERE workspace_id = ? AND created_at >= ? AND provider <> 'offline'")
                .params(workspaceId, Timestamp.from(since))
                .query(Long.class)
                .single();
        return tokens == null ? 0 : tokens;
    }

    /** Analyses, tokens and cost since a moment, for the settings page. */
    public Usage usageSince(UUID workspaceId, Instant since) {
        return jdbc.sql("SELECT COUNT(*), COALESCE(SUM(CASE WHEN provider <> 'offline' THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(input_tokens + output_tokens), 0), COALESCE(SUM(cost_usd), 0)"
                        + " FROM conversation_insight WHERE workspace_id = ? AND created_at >= ?")
                .params(workspaceId, Timestamp.from(since))
                .query((rs, n) -> new Usage(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4)))
                .single();
    }

    /** Analyses made (all, and by a provider), tokens and cost in US dollars. */
    public record Usage(long analyses, long byProvider, long tokens, BigDecimal costUsd) {}

    private static InsightView view(ResultSet rs) throws SQLException {
        Date promise = rs.getDate("promise_date");
        String topics = rs.getString("topics");
        return new InsightView(
                rs.getObject("id", UUID.class),
                rs.getObject("conversation_id", UUID.class),
                rs.getString("summary"),
                rs.getString("sentiment"),
                topics == null || topics.isBlank() ? List.of() : Arrays.asList(topics.split(",")),
                rs.getString("next_action"),
                promise == null ? null : promise.toLocalDate(),
                rs.getBigDecimal("promise_amount"),
                rs.getString("provider"),
                rs.getString("model"),
                rs.getString("fallback_reason"),
                rs.getLong("input_tokens"),
                rs.getLong("output_tokens"),
                rs.getBigDecimal("cost_usd"),
                rs.getString("occasion"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getObject("last_message_id", UUID.class));
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
