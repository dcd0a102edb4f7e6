package io.conversa.insights.internal;

import io.conversa.core.WorkspaceId;
import io.conversa.identity.Workspaces;
import io.conversa.inbox.Inbox;
import io.conversa.insights.InsightView;
import io.conversa.insights.Insights;
import io.conversa.insights.InsightsProperties;
import io.conversa.insights.offline.Analysis;
import io.conversa.insights.offline.ConversationInput;
import io.conversa.insights.offline.OfflineAnalyzer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Analyzes a conversation and records the insight: with the workspace's provider when a key is set, the workspace is
 * not offline-only and its daily token budget is not spent; with the offline analyzer otherwise, and whenever the
 * provider fails, times out or is busy (the reason is kept). Never twice for the same messages unless a person asks.
 */
@Component
public class InsightAnalyst {

    private static final Logger log = LoggerFactory.getLogger(InsightAnalyst.class);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final ConversationReader reader;
    private final InsightStore insights;
    private final AiSettingsStore settings;
    private final InsightProvider provider;
    private final OfflineAnalyzer offline = new OfflineAnalyzer();
    private final Inbox inbox;
    private final Workspaces workspaces;
    private final InsightsProperties properties;
    private final Semaphore providerCalls;
    private final Clock clock;

    InsightAnalyst(
            ConversationReader reader,
            InsightStore insights,
            AiSettingsStore settings,
            InsightProvider provider,
            Inbox inbox,
            Workspaces workspaces,
            InsightsProperties properties,
            Clock clock) {
        this.reader = reader;
        this.insights = insights;
        this.settings = settings;
        this.provider = provider;
        this.inbox = inbox;
        this.workspaces = workspaces;
        this.properties = properties;
        this.providerCalls = new Semaphore(Math.max(1, properties.concurrency()));
        this.clock = clock;
    }

    /**
     * Analyzes now. {@code occasion} {@code manual} always analyzes; {@code settled} and {@code closed} answer the
     * latest insight, untouched, when no message arrived since it was made.
     */
    public InsightView analyze(WorkspaceId workspace, UUID conversationId, String occasion) {
        ConversationReader.Snapshot snapshot = reader.read(workspace, conversationId);
        Optional<InsightView> latest = insights.latest(workspace.value(), conversationId);
        if (!"manual".equals(occasion)
                && latest.isPresent()
                && java.util.Objects.equals(latest.get().lastMessageId(), snapshot.lastMessageId())) {
            return latest.get();
        }
        Reading reading = read(workspace, snapshot);
        Analysis analysis = reading.analysis();
        InsightView insight = new InsightView(
                UUID.randomUUID(),
                conversationId,
                analysis.summary(),
                analysis.sentiment().code(),
                analysis.topics().stream().map(Analysis.Topic::code).toList(),
                analysis.nextAction(),
                analysis.promise() == null ? null : analysis.promise().date(),
                analysis.promise() == null ? null : analysis.promise().amount(),
                reading.provider(),
                reading.model(),
                reading.fallbackReason(),
                reading.inputTokens(),
                reading.outputTokens(),
                cost(reading),
                occasion,
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS), // as the database keeps it
                snapshot.lastMessageId());
        insights.insert(workspace.value(), insight);
        inbox.labelInsight(workspace, conversationId, insight.sentiment(), insight.topics());
        return insight;
    }

    /** Asks a provider to analyze a sample conversation (see {@code Insights.testConnection}). */
    public Insights.ConnectionCheck check(WorkspaceId workspace, String apiKey, String model, String baseUrl) {
        AiSettings saved = settings.effective(workspace.value());
        String key = apiKey != null ? apiKey : saved.apiKey();
        if (key == null) {
            return new Insights.ConnectionCheck(false, false, null, null);
        }
        AiConnection connection = new AiConnection(
                key,
                model != null ? model : saved.model(),
                baseUrl != null ? baseUrl : saved.baseUrl(),
                properties.timeout());
        var zone = workspaces.get(workspace).zone();
        var now = Instant.now(clock).atZone(zone).toOffsetDateTime();
        ConversationInput sample = new ConversationInput(
                List.of(
                        new ConversationInput.Message(
                                ConversationInput.Direction.OUTBOUND,
                                now.minusMinutes(5),
                                "Hola, le recordamos su saldo."),
                        new ConversationInput.Message(
                                ConversationInput.Direction.INBOUND, now, "Gracias, lo pago el viernes.")),
                zone,
                workspaces.get(workspace).currency(),
                null,
                null);
        try {
            ProviderAnswer answer = provider.analyze(sample, connection);
            return new Insights.ConnectionCheck(true, true, answer.model(), null);
        } catch (ProviderFailure e) {
            return new Insights.ConnectionCheck(true, false, null, e.kind().code());
        }
    }

    /** Whether a message arrived after the one the latest insight read (or there is no insight yet). */
    public boolean behind(WorkspaceId workspace, UUID conversationId) {
        UUID last = reader.lastMessageId(workspace, conversationId);
        return insights.latest(workspace.value(), conversationId)
                .map(i -> !java.util.Objects.equals(i.lastMessageId(), last))
                .orElse(last != null);
    }

    private record Reading(
            Analysis analysis,
            String provider,
            String model,
            String fallbackReason,
            long inputTokens,
            long outputTokens) {

        static Reading offline(Analysis analysis, String fallbackReason) {
            return new Reading(analysis, "offline", "offline", fallbackReason, 0, 0);
        }
    }

    private Reading read(WorkspaceId workspace, ConversationReader.Snapshot snapshot) {
        AiSettings ai = settings.effective(workspace.value());
        if (!ai.providerWanted()) {
            return Reading.offline(offline.analyze(snapshot.input()), null);
        }
        if (budgetSpent(workspace, ai)) {
            return Reading.offline(offline.analyze(snapshot.input()), "budget");
        }
        try {
            if (!providerCalls.tryAcquire(properties.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                return Reading.offline(offline.analyze(snapshot.input()), "busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reading.offline(offline.analyze(snapshot.input()), "busy");
        }
        try {
            ProviderAnswer answer = provider.analyze(
                    snapshot.input(), new AiConnection(ai.apiKey(), ai.model(), ai.baseUrl(), properties.timeout()));
            return new Reading(
                    answer.analysis(),
                    "openai",
                    answer.model() == null ? ai.model() : answer.model(),
                    null,
                    answer.inputTokens(),
                    answer.outputTokens());
        } catch (ProviderFailure e) {
            log.warn("AI provider failed for workspace {} ({}): offline analysis instead", workspace, e.getMessage());
            return Reading.offline(offline.analyze(snapshot.input()), e.kind().code());
        } catch (RuntimeException e) {
            log.error("AI provider failed unexpectedly for workspace {}: offline analysis instead", workspace, e);
            return Reading.offline(offline.analyze(snapshot.input()), "error");
        } finally {
            providerCalls.release();
        }
    }

    private boolean budgetSpent(WorkspaceId workspace, AiSettings ai) {
        Instant startOfDay = workspaces
                .today(workspace)
                .atStartOfDay(workspaces.get(workspace).zone())
                .toInstant();
        return insights.providerTokensSince(workspace.value(), startOfDay) >= ai.dailyTokenBudget();
    }

    private BigDecimal cost(Reading reading) {
        BigDecimal input = properties.inputPricePerMillion().multiply(BigDecimal.valueOf(reading.inputTokens()));
        BigDecimal output = properties.outputPricePerMillion().multiply(BigDecimal.valueOf(reading.outputTokens()));
        return input.add(output).divide(MILLION, MathContext.DECIMAL64).setScale(6, RoundingMode.HALF_UP);
    }
}
