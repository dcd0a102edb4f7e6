package io.conversa.insights;

import io.conversa.core.DomainException;
import io.conversa.core.WorkspaceId;
import io.conversa.identity.Workspaces;
import io.conversa.inbox.Inbox;
import io.conversa.insights.internal.AiSettings;
import io.conversa.insights.internal.AiSettingsStore;
import io.conversa.insights.internal.InsightAnalyst;
import io.conversa.insights.internal.InsightStore;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The AI reading of conversations ("Resumen IA") and a workspace's AI settings (Configuración → IA). */
@Service
public class Insights {

    private final InsightAnalyst analyst;
    private final InsightStore insights;
    private final AiSettingsStore settings;
    private final Inbox inbox;
    private final Workspaces workspaces;
    private final Clock clock;

    Insights(
            InsightAnalyst analyst,
            InsightStore insights,
            AiSettingsStore settings,
            Inbox inbox,
            Workspaces workspaces,
            Clock clock) {
        this.analyst = analyst;
        this.insights = insights;
        this.settings = settings;
        this.inbox = inbox;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    /** The conversation's newest insight (empty when it was never analyzed); 404 for another workspace's. */
    public Optional<InsightView> latest(WorkspaceId workspace, UUID conversationId) {
        inbox.conversation(workspace, conversationId);
        return insights.latest(workspace.value(), conversationId);
    }

    /** Analyzes the conversation now ("Analizar"), with the provider when one is set, else offline. */
    public InsightView analyze(WorkspaceId workspace, UUID conversationId) {
        inbox.conversation(workspace, conversationId);
        return analyst.analyze(workspace, conversationId, "manual");
    }

    /** The settings in force, the key never shown (only its last characters). */
    public AiSettingsView settings(WorkspaceId workspace) {
        AiSettings ai = settings.effective(workspace.value());
        return new AiSettingsView(
                ai.offlineOnly(),
                ai.apiKey() != null,
                ai.ownKey(),
                ai.keyHint(),
                ai.model(),
                ai.baseUrl(),
                ai.dailyTokenBudget(),
                ai.providerWanted());
    }

    /**
     * Saves a workspace's AI settings. {@code apiKey} null or blank keeps the key; {@code removeKey} removes the
     * workspace's own. The base URL must be http(s); the model at most 100 characters; the budget 0 or more.
     */
    public void saveSettings(
            WorkspaceId workspace,
            boolean offlineOnly,
            String apiKey,
            boolean removeKey,
            String model,
            String baseUrl,
            Long dailyTokenBudget) {
        String url = blankToNull(baseUrl);
        if (url != null && !validUrl(url)) {
            throw DomainException.invalid(
                    "baseUrl", "ai.error.baseUrl", "The base URL must start with http:// or https://");
        }
        String modelName = blankToNull(model);
        if (modelName != null && modelName.length() > 100) {
            throw DomainException.invalid("model", "ai.error.model", "The model name is too long");
        }
        if (dailyTokenBudget != null && dailyTokenBudget < 0) {
            throw DomainException.invalid("dailyTokenBudget", "ai.error.budget", "The budget cannot be negative");
        }
        String key = removeKey ? "" : blankToNull(apiKey);
        settings.save(workspace.value(), offlineOnly, key, modelName, url, dailyTokenBudget, Instant.now(clock));
    }

    /**
     * "Probar": asks the provider to analyze a two-line sample conversation (no customer data) with the typed key,
     * model and base URL (each blank one: the one in force), so an admin sees whether they work before saving them.
     * Nothing is recorded.
     */
    public ConnectionCheck testConnection(WorkspaceId workspace, String apiKey, String model, String baseUrl) {
        String url = blankToNull(baseUrl);
        if (url != null && !validUrl(url)) {
            throw DomainException.invalid(
                    "baseUrl", "ai.error.baseUrl", "The base URL must start with http:// or https://");
        }
        return analyst.check(workspace, blankToNull(apiKey), blankToNull(model), url);
    }

    /** The outcome of "Probar": {@code ok} with the model that answered, else the reason. */
    public record ConnectionCheck(boolean attempted, boolean ok, String model, String reason) {}

    /** Today's analyses (in the workspace's time zone): how many, how many by the provider, tokens and cost. */
    public AiUsage usageToday(WorkspaceId workspace) {
        Instant startOfDay = workspaces
                .today(workspace)
                .atStartOfDay(workspaces.get(workspace).zone())
                .toInstant();
        InsightStore.Usage usage = insights.usageSince(workspace.value(), startOfDay);
        return new AiUsage(usage.analyses(), usage.byProvider(), usage.tokens(), usage.costUsd());
    }

    /** What Configuración → IA shows. */
    public record AiSettingsView(
            boolean offlineOnly,
            boolean keySet,
            boolean ownKey,
            String keyHint,
            String model,
            String baseUrl,
            long dailyTokenBudget,
            boolean providerInUse) {}

    /** A day's analyses, tokens and cost in US dollars. */
    public record AiUsage(long analyses, long byProvider, long tokens, BigDecimal costUsd) {}

    private static boolean validUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
