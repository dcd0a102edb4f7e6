package io.conversa.insights.internal;

import io.conversa.insights.offline.Analysis;

/** A provider's validated analysis, the model that answered and the tokens it counted. */
public record ProviderAnswer(Analysis analysis, String model, long inputTokens, long outputTokens) {}
