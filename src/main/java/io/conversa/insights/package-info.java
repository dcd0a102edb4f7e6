/**
 * Insights: the analysis of a conversation for the collections team: a short summary, the customer's sentiment,
 * the topics raised, one next action that uses the receivables data, and the promise to pay when the customer made
 * one.
 *
 * <p>Holds the offline analyzer ({@code offline}), deterministic and without network, which reads Spanish and English
 * chat the way Latin American customers write it, and the {@link io.conversa.insights.InsightsEvaluation} command that
 * scores it on a labelled JSON Lines file. Owns no tables yet; publishes and listens to no events yet.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"inbox", "receivables", "settings", "identity", "core"})
package io.conversa.insights;
