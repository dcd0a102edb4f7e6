package io.conversa.sandbox.internal;

import io.conversa.sandbox.SandboxProperties;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Meta's side of the webhook: builds the envelope, serializes it to bytes once, signs exactly those bytes with the
 * app secret and POSTs them to the app's {@code /webhooks/whatsapp}. A non-200 answer (503 while the app's database
 * is down) or no answer is retried with doubling pauses, up to {@link SandboxProperties#webhookAttempts()} posts.
 */
@Component
@ConditionalOnProperty(name = "conversa.sandbox.enabled", havingValue = "true")
public class SandboxWebhooks {

    public static final String WEBHOOK_PATH = "/webhooks/whatsapp";

    /** The HTTP status passed on when the app could not be reached at all. */
    public static final int NO_ANSWER = 0;

    private static final Logger log = LoggerFactory.getLogger(SandboxWebhooks.class);

    private final Environment environment;
    private final LocalApp app;
    private final SandboxTimer timer;
    private final SandboxProperties properties;

    public SandboxWebhooks(Environment environment, LocalApp app, SandboxTimer timer, SandboxProperties properties) {
        this.environment = environment;
        this.app = app;
        this.timer = timer;
        this.properties = properties;
    }

    /** The signed webhook of a message the simulated customer {@code waId} wrote. */
    public SignedWebhook inbound(String waId, String profileName, ObjectNode message) {
        SandboxNumber number = number();
        return sign(WebhookEnvelopes.inbound(number, waId, profileName, message), number);
    }

    /** The signed webhook of a status of a message the business sent. */
    public SignedWebhook status(StatusEvent event) {
        SandboxNumber number = number();
        return sign(WebhookEnvelopes.status(number, event), number);
    }

    /** The signed webhook of a template's status change (its review ended). */
    public SignedWebhook templateStatus(TemplateStatusEvent event) {
        SandboxNumber number = number();
        return sign(WebhookEnvelopes.templateStatus(number, event), number);
    }

    /**
     * Posts the webhook in the background, retrying on failure; the future completes with the app's last HTTP
     * status (200 when it took the event, {@link #NO_ANSWER} when it never answered).
     */
    public CompletableFuture<Integer> post(SignedWebhook webhook) {
        CompletableFuture<Integer> outcome = new CompletableFuture<>();
        timer.after(Duration.ZERO, () -> attempt(webhook, 1, outcome));
        return outcome;
    }

    private void attempt(SignedWebhook webhook, int attempt, CompletableFuture<Integer> outcome) {
        int status = postOnce(webhook);
        if (status == 200) {
            outcome.complete(status);
        } else if (attempt >= properties.webhookAttempts()) {
            log.warn("The app refused a sandbox webhook {} times (last answer {}); giving up", attempt, status);
            outcome.complete(status);
        } else {
            Duration pause = properties.webhookFirstRetry().multipliedBy(1L << Math.min(attempt - 1, 10));
            log.info("The app answered {} to a sandbox webhook; retrying in {} ms", status, pause.toMillis());
            timer.after(pause, () -> attempt(webhook, attempt + 1, outcome));
        }
    }

    private int postOnce(SignedWebhook webhook) {
        try {
            return app.postJson(WEBHOOK_PATH, webhook.body(), SignedWebhook.SIGNATURE_HEADER, webhook.signature());
        } catch (IOException e) {
            log.debug("Sandbox webhook not delivered: {}", e.toString());
            return NO_ANSWER;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NO_ANSWER;
        }
    }

    private SandboxNumber number() {
        return SandboxNumber.from(environment);
    }

    private static SignedWebhook sign(ObjectNode envelope, SandboxNumber number) {
        return SignedWebhook.sign(WebhookEnvelopes.JSON.writeValueAsBytes(envelope), number.appSecret());
    }
}
