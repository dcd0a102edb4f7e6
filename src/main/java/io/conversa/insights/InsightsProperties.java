package io.conversa.insights;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code conversa.ai.*}: the defaults of workspaces that set nothing in Configuración → IA.
 *
 * @param apiKey an OpenAI (or compatible) API key ({@code CONVERSA_AI_API_KEY}); without one, the offline analyzer
 *     answers
 * @param model the chat model ({@code CONVERSA_AI_MODEL})
 * @param baseUrl the OpenAI-compatible API's base URL ({@code CONVERSA_AI_BASE_URL}), e.g. an Ollama server's
 *     {@code http://localhost:11434/v1}
 * @param dailyTokenBudget tokens a workspace may spend with the provider per day, in its time zone
 *     ({@code CONVERSA_AI_DAILY_TOKEN_BUDGET}); past it, the offline analyzer answers until the next day
 * @param timeout how long one analysis may wait for the provider before the offline analyzer answers instead
 * @param settleDelay how long after a customer's last message a conversation is analyzed (a new message restarts it)
 * @param concurrency analyses that call the provider at the same time on one instance
 * @param inputPricePerMillion the model's price in US dollars per million input tokens, for the cost shown
 * @param outputPricePerMillion the same for output tokens
 */
@ConfigurationProperties("conversa.ai")
public record InsightsProperties(
        String apiKey,
        @DefaultValue("gpt-4o-mini") String model,
        @DefaultValue("https://api.openai.com/v1") String baseUrl,
        @DefaultValue("200000") long dailyTokenBudget,
        @DefaultValue("20s") Duration timeout,
        @DefaultValue("2m") Duration settleDelay,
        @DefaultValue("2") int concurrency,
        @DefaultValue("0.15") BigDecimal inputPricePerMillion,
        @DefaultValue("0.60") BigDecimal outputPricePerMillion) {}
