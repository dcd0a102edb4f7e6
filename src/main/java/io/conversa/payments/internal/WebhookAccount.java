package io.conversa.payments.internal;

/**
 * The credentials one provider account's webhooks are checked with: Stripe's signing secret ({@code accessToken} null),
 * or Mercado Pago's access token (the payment a notification names is fetched with it) and its optional secret
 * signature. Several workspaces may share one account (those using the server's settings).
 */
public record WebhookAccount(String accessToken, String secret) {

    @Override
    public String toString() {
        return "WebhookAccount[token=" + (accessToken != null) + ", secret=" + (secret != null) + "]";
    }
}
