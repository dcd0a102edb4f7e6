/**
 * The offline conversation analyzer: {@link io.conversa.insights.offline.OfflineAnalyzer#analyze} turns a {@link
 * io.conversa.insights.offline.ConversationInput} into an {@link io.conversa.insights.offline.Analysis}. Pure Java,
 * deterministic, no Spring and no network; everything else in this package is package-private rules.
 */
package io.conversa.insights.offline;
