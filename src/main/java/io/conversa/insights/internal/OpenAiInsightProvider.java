package io.conversa.insights.internal;

import com.openai.client.OpenAIClient;
import com.openai.errors.OpenAIException;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import io.conversa.insights.offline.Analysis;
import io.conversa.insights.offline.ConversationInput;
import io.micrometer.observation.ObservationRegistry;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.metadata.ChatResponseMetadata;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatModel.ResponseFormat;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.openai.setup.OpenAiSetup;
import org.springframework.stereotype.Component;

/**
 * The {@link InsightProvider} for OpenAI and OpenAI-compatible servers (Ollama, vLLM…), through Spring AI's {@link
 * OpenAiChatModel} built at run time from the workspace's {@link AiConnection} and kept per connection.
 *
 * <p>One request per analysis and no retries: the client is built with {@code maxRetries = 0} (Spring AI's default is
 * 3, the SDK's 2), so a 429 or a 5xx is one call and a {@link ProviderFailure}; the caller falls back to the offline
 * analyzer and may try again later. The prompt has personal data masked ({@link PromptMasking}) and carries neither
 * the customer's name nor their phone; the answer must follow a strict JSON schema and is validated ({@link
 * InsightAnswer}).
 */
@Component
public class OpenAiInsightProvider implements InsightProvider, AutoCloseable {

    static final String OPENAI_BASE_URL = "https://api.openai.com/v1";
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /** Connections kept with their client; more than this (keys or models changed many times) starts afresh. */
    private static final int MAX_CLIENTS = 8;

    private static final Logger log = LoggerFactory.getLogger(OpenAiInsightProvider.class);

    private final Clock clock;
    private final Map<AiConnection, Client> clients = new LinkedHashMap<>();

    public OpenAiInsightProvider(Clock clock) {
        this.clock = clock;
    }

    /** A chat model and the SDK client under it, to close when the connection is no longer used. */
    private record Client(OpenAiChatModel model, OpenAIClient sdk) {}

    @Override
    public ProviderAnswer analyze(ConversationInput conversation, AiConnection connection) {
        if (conversation.messages().isEmpty()) {
            throw new ProviderFailure(ProviderFailure.Kind.FAILED, "The conversation has no messages to analyze");
        }
        if (connection.model() == null || connection.model().isBlank()) {
            throw new ProviderFailure(ProviderFailure.Kind.NOT_CONFIGURED, "No AI model is configured");
        }
        LocalDate today = LocalDate.now(clock.withZone(conversation.zone()));
        LocalDate firstDay = conversation
                .messages()
                .get(0)
                .at()
                .atZoneSameInstant(conversation.zone())
                .toLocalDate();
        Prompt prompt = new Prompt(List.of(
                new SystemMessage(InsightPrompt.system(conversation.language())),
                new UserMessage(InsightPrompt.user(conversation, today))));

        ChatResponse response = call(client(connection).model(), prompt);

        Generation generation = response.getResult();
        if (generation == null) {
            throw new ProviderFailure(ProviderFailure.Kind.INVALID_ANSWER, "The model gave no answer");
        }
        Object refusal = generation.getOutput().getMetadata().get("refusal");
        String finishReason = generation.getMetadata().getFinishReason();
        if ((refusal instanceof String text && !text.isBlank()) || "CONTENT_FILTER".equalsIgnoreCase(finishReason)) {
            throw new ProviderFailure(ProviderFailure.Kind.REFUSED, "The model refused to analyze the conversation");
        }
        if ("LENGTH".equalsIgnoreCase(finishReason)) {
            throw new ProviderFailure(ProviderFailure.Kind.INVALID_ANSWER, "The model's answer was cut short");
        }
        Analysis analysis = InsightAnswer.parse(generation.getOutput().getText(), firstDay, today);

        ChatResponseMetadata metadata = response.getMetadata();
        String model =
                metadata.getModel() == null || metadata.getModel().isBlank() ? connection.model() : metadata.getModel();
        Usage usage = metadata.getUsage();
        return new ProviderAnswer(
                analysis, model, tokens(usage.getPromptTokens()), tokens(usage.getCompletionTokens()));
    }

    private static ChatResponse call(OpenAiChatModel model, Prompt prompt) {
        try {
            return model.call(prompt);
        } catch (ProviderFailure e) {
            throw e;
        } catch (OpenAIServiceException e) {
            throw new ProviderFailure(kind(e.statusCode()), reason(e.statusCode()), e);
        } catch (OpenAIIoException e) {
            boolean timeout = causedBy(e, InterruptedIOException.class);
            throw timeout
                    ? new ProviderFailure(ProviderFailure.Kind.TIMEOUT, "The AI server did not answer in time", e)
                    : new ProviderFailure(ProviderFailure.Kind.UNREACHABLE, "The AI server could not be reached", e);
        } catch (OpenAIInvalidDataException e) {
            throw new ProviderFailure(
                    ProviderFailure.Kind.INVALID_ANSWER, "The AI server's answer is not a chat completion", e);
        } catch (OpenAIException e) {
            throw new ProviderFailure(ProviderFailure.Kind.FAILED, "The AI call failed", e);
        } catch (RuntimeException e) {
            // nothing of the message: it may quote the request
            log.warn("The AI call failed with {}", e.getClass().getName());
            throw new ProviderFailure(ProviderFailure.Kind.FAILED, "The AI call failed", e);
        }
    }

    static ProviderFailure.Kind kind(int status) {
        return switch (status) {
            case 401 -> ProviderFailure.Kind.UNAUTHORIZED;
            case 403 -> ProviderFailure.Kind.FORBIDDEN;
            case 404 -> ProviderFailure.Kind.NOT_FOUND;
            case 408 -> ProviderFailure.Kind.TIMEOUT;
            case 429 -> ProviderFailure.Kind.RATE_LIMITED;
            default -> ProviderFailure.Kind.SERVER_ERROR;
        };
    }

    /** A short reason for an HTTP status, without the server's message (it may quote the key). */
    static String reason(int status) {
        return switch (status) {
            case 401 -> "The AI server rejected the API key (401)";
            case 403 -> "The API key is not allowed to use this model (403)";
            case 404 -> "The AI server does not know this model or base URL (404)";
            case 408 -> "The AI server did not answer in time (408)";
            case 429 -> "The AI server's rate limit or quota was reached (429)";
            default ->
                status >= 500
                        ? "The AI server had a server error (" + status + ")"
                        : "The AI server refused the request (" + status + ")";
        };
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static long tokens(Integer count) {
        return count == null ? 0 : count;
    }

    private synchronized Client client(AiConnection connection) {
        Client client = clients.get(connection);
        if (client != null) {
            return client;
        }
        if (clients.size() >= MAX_CLIENTS) {
            close();
        }
        client = build(connection);
        clients.put(connection, client);
        return client;
    }

    /**
     * The chat model for {@code connection}: an SDK client with the key, base URL and timeout and no retries, and
     * options with the model and the strict JSON schema of {@link InsightAnswer#SCHEMA}. An empty key sends no {@code
     * Authorization} header (a local Ollama); a missing base URL is OpenAI's, never one from the environment.
     */
    private static Client build(AiConnection connection) {
        String apiKey = connection.apiKey() == null ? "" : connection.apiKey().strip();
        String baseUrl = connection.baseUrl() == null || connection.baseUrl().isBlank()
                ? OPENAI_BASE_URL
                : connection.baseUrl().strip();
        Duration timeout = connection.timeout() == null
                        || connection.timeout().isZero()
                        || connection.timeout().isNegative()
                ? DEFAULT_TIMEOUT
                : connection.timeout();
        OpenAiChatOptions options = OpenAiChatOptions.builder()
                .baseUrl(baseUrl)
                .apiKey(apiKey)
                .model(connection.model().strip())
                .timeout(timeout)
                .maxRetries(0)
                .responseFormat(ResponseFormat.builder()
                        .jsonSchema(InsightAnswer.SCHEMA)
                        .strict(true)
                        .build())
                .build();
        OpenAIClient sdk;
        try {
            sdk = OpenAiSetup.setupSyncClient(
                    baseUrl,
                    apiKey,
                    null,
                    null,
                    null,
                    null,
                    false,
                    false,
                    options.getModel(),
                    timeout,
                    0,
                    null,
                    null,
                    ObservationRegistry.NOOP,
                    null,
                    List.of());
        } catch (RuntimeException e) {
            throw new ProviderFailure(
                    ProviderFailure.Kind.NOT_CONFIGURED, "The AI connection settings are not valid", e);
        }
        OpenAiChatModel model = OpenAiChatModel.builder()
                .openAiClient(sdk)
                .openAiClientAsync(sdk.async())
                .options(options)
                .build();
        return new Client(model, sdk);
    }

    /** Closes the clients kept so far (their connection pools and threads). */
    @Override
    public synchronized void close() {
        for (Client client : clients.values()) {
            try {
                client.sdk().close();
            } catch (RuntimeException e) {
                log.debug("Closing an AI client failed", e);
            }
        }
        clients.clear();
    }
}
