/**
 * Insights ("Resumen IA"): the analysis of a conversation for the collections team: a short summary, the customer's
 * sentiment, the topics raised, one next action that uses the receivables data, and the promise to pay when the
 * customer made one.
 *
 * <p>Exposes {@link io.conversa.insights.Insights}. An OpenAI-compatible model reads the conversation when the
 * workspace has a key (Configuración → IA or {@code CONVERSA_AI_*}), with personal data masked and the least
 * receivables context; the offline analyzer ({@code offline}), deterministic and without network, answers otherwise,
 * and whenever the provider fails, is busy or the day's token budget is spent. Analyses run on demand, a while after
 * the customer's messages settle and when a conversation is closed (durable db-scheduler tasks), never twice for the
 * same messages unless a person asks. The {@link io.conversa.insights.InsightsEvaluation} command scores the offline
 * analyzer on a labelled JSON Lines file.
 *
 * <p>Owns the tables {@code conversation_insight} and {@code ai_settings}. Listens to the inbox's
 * {@code MessageReceived} and {@code ConversationChanged} (a conversation closed); labels the inbox's conversations
 * with the newest sentiment and topics through {@code Inbox.labelInsight}. Publishes no events.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"inbox", "receivables", "settings", "identity", "core"})
package io.conversa.insights;
