package io.conversa.insights.internal;

import io.conversa.insights.InsightsProperties;
import io.conversa.settings.SecretBox;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code ai_settings} table: a workspace's own AI settings, the API key sealed like the WhatsApp secrets; what it
 * leaves empty comes from {@code conversa.ai.*}.
 */
@Repository
public class AiSettingsStore {

    /** What a workspace set; null fields fall back to the defaults. */
    public record Stored(boolean offlineOnly, String sealedKey, String model, String baseUrl, Long dailyTokenBudget) {}

    private final JdbcClient jdbc;
    private final SecretBox secrets;
    private final InsightsProperties defaults;

    AiSettingsStore(JdbcClient jdbc, SecretBox secrets, InsightsProperties defaults) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.defaults = defaults;
    }

    public Optional<Stored> stored(UUID workspaceId) {
        return jdbc.sql("SELECT offline_only, api_key_sealed, model, base_url, daily_token_budget FROM ai_settings"
                        + " WHERE workspace_id = ?")
                .param(workspaceId)
                .query((rs, n) -> new Stored(
                        rs.getBoolean(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5) == null ? null : rs.getLong(5)))
                .optional();
    }

    /** The settings in force: the workspace's, else the defaults. */
    public AiSettings effective(UUID workspaceId) {
        Stored stored = stored(workspaceId).orElse(new Stored(false, null, null, null, null));
        String key = stored.sealedKey() != null ? secrets.open(stored.sealedKey()) : blankToNull(defaults.apiKey());
        return new AiSettings(
                stored.offlineOnly(),
                key,
                stored.sealedKey() != null,
                orDefault(stored.model(), defaults.model()),
                orDefault(stored.baseUrl(), defaults.baseUrl()),
                stored.dailyTokenBudget() != null ? stored.dailyTokenBudget() : defaults.dailyTokenBudget());
    }

    /** Saves the settings; {@code apiKey} null keeps the stored key, blank removes it. */
    public void save(
            UUID workspaceId,
            boolean offlineOnly,
            String apiKey,
            String model,
            String baseUrl,
            Long dailyTokenBudget,
            Instant now) {
        String sealed = apiKey == null
                ? stored(workspaceId).map(Stored::sealedKey).orElse(null)
                : apiKey.isBlank() ? null : secrets.seal(apiKey.strip());
        int updated = jdbc.sql("UPDATE ai_settings SET offline_only = ?, api_key_sealed = ?, model = ?, base_url = ?,"
                        + " daily_token_budget = ?, updated_at = ? WHERE workspace_id = ?")
                .params(offlineOnly, sealed, model, baseUrl, dailyTokenBudget, Timestamp.from(now), workspaceId)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO ai_settings (workspace_id, offline_only, api_key_sealed, model, base_url,"
                            + " daily_token_budget, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(workspaceId, offlineOnly, sealed, model, baseUrl, dailyTokenBudget, Timestamp.from(now))
                    .update();
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
