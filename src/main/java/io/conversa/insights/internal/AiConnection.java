package io.conversa.insights.internal;

import java.time.Duration;

/** Where and how to reach an OpenAI-compatible chat completions server (OpenAI, Ollama, vLLM…). */
public record AiConnection(String apiKey, String model, String baseUrl, Duration timeout) {

    @Override
    public String toString() {
        return "AiConnection[model=" + model + ", baseUrl=" + baseUrl + ", timeout=" + timeout + "]"; // no key
    }
}
