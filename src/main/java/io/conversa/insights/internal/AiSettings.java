package io.conversa.insights.internal;

/**
 * The AI settings in force for a workspace: a provider is used only when a key is set and the workspace did not
 * switch to offline-only. {@code ownKey} tells whether the key is the workspace's own (else the environment's).
 */
public record AiSettings(
        boolean offlineOnly, String apiKey, boolean ownKey, String model, String baseUrl, long dailyTokenBudget) {

    public boolean providerWanted() {
        return !offlineOnly && apiKey != null && !apiKey.isBlank();
    }

    /** The key's last four characters, to recognise it without showing it. */
    public String keyHint() {
        return apiKey == null || apiKey.length() < 8 ? null : "…" + apiKey.substring(apiKey.length() - 4);
    }

    @Override
    public String toString() {
        return "AiSettings[offlineOnly=" + offlineOnly + ", model=" + model + ", baseUrl=" + baseUrl + "]";
    }
}
