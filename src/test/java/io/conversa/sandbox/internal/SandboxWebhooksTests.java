package io.conversa.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.conversa.sandbox.internal.StatusEvent.StatusError;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SandboxWebhooksTests {

    static final String WA_ID = "56987654321";
    static final Instant AT = Instant.ofEpochSecond(1_700_000_000L);

    record Received(byte[] body, String signature) {}

    HttpServer app;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger refusalsLeft = new AtomicInteger();
    SandboxFixtures sandbox;

    @BeforeEach
    void startFakeApp() throws IOException {
        app = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        app.createContext(SandboxWebhooks.WEBHOOK_PATH, exchange -> {
            received.add(new Received(
                    exchange.getRequestBody().readAllBytes(),
                    exchange.getRequestHeaders().getFirst(SignedWebhook.SIGNATURE_HEADER)));
            int status = refusalsLeft.getAndDecrement() > 0 ? 503 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        app.start();
        sandbox = new SandboxFixtures(app.getAddress().getPort(), 3);
    }

    @AfterEach
    void stop() {
        sandbox.timer.stop();
        app.stop(0);
    }

    @Test
    void signatureIsTheHmacOfTheExactBodyBytesWithTheAppSecret() throws Exception {
        SignedWebhook webhook = sandbox.webhooks.inbound(WA_ID, "Ana Pérez", text("Pagué mañana"));

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SandboxFixtures.APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(webhook.body()));
        assertThat(webhook.signature()).isEqualTo(expected).matches("sha256=[0-9a-f]{64}");
        assertThat(webhook.bodyText())
                .as("non-ASCII escaped like Meta, so only the raw bytes verify")
                .containsIgnoringCase("Pagu\\u00e9 ma\\u00f1ana")
                .doesNotContain("é");
    }

    @Test
    void inboundTextHasMetasEnvelope() {
        JsonNode envelope = json(sandbox.webhooks.inbound(WA_ID, "Ana Pérez", text("Hola")));

        assertThat(envelope.path("object").stringValue()).isEqualTo("whatsapp_business_account");
        JsonNode entry = envelope.path("entry").path(0);
        assertThat(entry.path("id").stringValue()).isEqualTo(SandboxFixtures.BUSINESS_ACCOUNT_ID);
        JsonNode change = entry.path("changes").path(0);
        assertThat(change.path("field").stringValue()).isEqualTo("messages");
        JsonNode value = change.path("value");
        assertThat(value.path("messaging_product").stringValue()).isEqualTo("whatsapp");
        assertThat(value.path("metadata").path("display_phone_number").stringValue())
                .isEqualTo("56229400000");
        assertThat(value.path("metadata").path("phone_number_id").stringValue())
                .isEqualTo(SandboxFixtures.PHONE_NUMBER_ID);
        assertThat(value.path("contacts").path(0).path("profile").path("name").stringValue())
                .isEqualTo("Ana Pérez");
        assertThat(value.path("contacts").path(0).path("wa_id").stringValue()).isEqualTo(WA_ID);
        JsonNode message = value.path("messages").path(0);
        assertThat(message.path("from").stringValue()).isEqualTo(WA_ID);
        assertThat(message.path("id").stringValue()).isEqualTo("wamid.TEST");
        assertThat(message.path("timestamp").stringValue()).isEqualTo("1700000000");
        assertThat(message.path("type").stringValue()).isEqualTo("text");
        assertThat(message.path("text").path("body").stringValue()).isEqualTo("Hola");
    }

    @Test
    void deliveredStatusHasMetasShape() {
        var event = new StatusEvent("wamid.OUT", "delivered", WA_ID, "utility", AT, null);

        JsonNode value = json(sandbox.webhooks.status(event))
                .path("entry")
                .path(0)
                .path("changes")
                .path(0)
                .path("value");

        assertThat(value.has("messages")).isFalse();
        JsonNode status = value.path("statuses").path(0);
        assertThat(status.path("id").stringValue()).isEqualTo("wamid.OUT");
        assertThat(status.path("status").stringValue()).isEqualTo("delivered");
        assertThat(status.path("timestamp").stringValue()).isEqualTo("1700000000");
        assertThat(status.path("recipient_id").stringValue()).isEqualTo(WA_ID);
        assertThat(status.path("pricing").path("category").stringValue()).isEqualTo("utility");
        assertThat(status.has("errors")).isFalse();
    }

    @Test
    void failedStatusCarriesTheUndeliverableError() {
        var event = new StatusEvent("wamid.OUT", "failed", WA_ID, "service", AT, StatusError.UNDELIVERABLE);

        JsonNode status = json(sandbox.webhooks.status(event))
                .path("entry")
                .path(0)
                .path("changes")
                .path(0)
                .path("value")
                .path("statuses")
                .path(0);

        assertThat(status.path("status").stringValue()).isEqualTo("failed");
        assertThat(status.path("errors").path(0).path("code").intValue()).isEqualTo(131026);
        assertThat(status.path("errors").path(0).path("title").stringValue()).isEqualTo("Message undeliverable");
    }

    @Test
    void postSendsTheSignedBytesAndRetriesUntilTheAppAnswers200() throws Exception {
        refusalsLeft.set(1);
        SignedWebhook webhook = sandbox.webhooks.inbound(WA_ID, "Ana", text("Hola"));

        int status = sandbox.webhooks.post(webhook).get(5, TimeUnit.SECONDS);

        assertThat(status).isEqualTo(200);
        assertThat(received).hasSize(2).allSatisfy(request -> {
            assertThat(request.body()).isEqualTo(webhook.body());
            assertThat(request.signature()).isEqualTo(webhook.signature());
        });
    }

    @Test
    void postGivesUpAfterTheConfiguredAttempts() throws Exception {
        refusalsLeft.set(10);

        int status = sandbox.webhooks
                .post(sandbox.webhooks.inbound(WA_ID, "Ana", text("Hola")))
                .get(5, TimeUnit.SECONDS);

        assertThat(status).isEqualTo(503);
        assertThat(received).hasSize(3);
    }

    private static tools.jackson.databind.node.ObjectNode text(String body) {
        return WebhookEnvelopes.textMessage(WA_ID, "wamid.TEST", AT, body);
    }

    private static JsonNode json(SignedWebhook webhook) {
        return WebhookEnvelopes.JSON.readTree(webhook.body());
    }
}
