package io.conversa.insights.internal;

import io.conversa.insights.offline.ConversationInput;

/**
 * A language model that reads a conversation (the OpenAI-compatible one). The offline analyzer is not one of these:
 * it is what the insights fall back to when a provider is not configured or fails.
 */
public interface InsightProvider {

    /**
     * Analyzes one conversation through {@code connection}; the answer is validated before it is returned.
     *
     * @throws ProviderFailure when there is no usable answer (unreachable, timeout, 429, 5xx, refusal, malformed or
     *     invalid JSON); nothing is retried here
     */
    ProviderAnswer analyze(ConversationInput conversation, AiConnection connection);
}
