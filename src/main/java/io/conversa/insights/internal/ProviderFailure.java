package io.conversa.insights.internal;

import java.util.Locale;

/**
 * A provider gave no usable answer. {@link #kind} says why in a word the UI shows in the reader's language
 * ({@code insight.fallback.<code>}); the message is a short English detail for the log, safe to show (never the key or
 * the prompt).
 */
public class ProviderFailure extends RuntimeException {

    /** Why the provider gave no usable answer. */
    public enum Kind {
        /** The answer was empty, not JSON, cut short, or broke the schema's rules. */
        INVALID_ANSWER,
        /** The model refused or its content filter stopped it. */
        REFUSED,
        /** The API key was rejected (401). */
        UNAUTHORIZED,
        /** The key may not use this model (403). */
        FORBIDDEN,
        /** Unknown model or base URL (404). */
        NOT_FOUND,
        /** Rate limit or quota reached (429). */
        RATE_LIMITED,
        /** The server failed (5xx) or refused the request (other 4xx). */
        SERVER_ERROR,
        /** No answer in time. */
        TIMEOUT,
        /** The server could not be reached. */
        UNREACHABLE,
        /** No model, or connection settings that cannot be used. */
        NOT_CONFIGURED,
        /** Anything else. */
        FAILED;

        /** The code kept with an insight and looked up in the messages. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Kind kind;

    public ProviderFailure(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
    }

    public ProviderFailure(Kind kind, String detail, Throwable cause) {
        super(detail, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
