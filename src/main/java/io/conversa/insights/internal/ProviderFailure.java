package io.conversa.insights.internal;

/** A provider gave no usable answer; {@code reason} is short and safe to show (never the key or the prompt). */
public class ProviderFailure extends RuntimeException {

    public ProviderFailure(String reason) {
        super(reason);
    }

    public ProviderFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
