package io.conversa.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DeliverySimulatorTests {

    HttpServer app;
    final List<JsonNode> statuses = new CopyOnWriteArrayList<>();
    SandboxFixtures sandbox;

    @BeforeEach
    void startFakeApp() throws IOException {
        app = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        app.createContext(SandboxWebhooks.WEBHOOK_PATH, exchange -> {
            JsonNode envelope =
                    WebhookEnvelopes.JSON.readTree(exchange.getRequestBody().readAllBytes());
            statuses.add(envelope.path("entry")
                    .path(0)
                    .path("changes")
                    .path(0)
                    .path("value")
                    .path("statuses")
                    .path(0));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        app.start();
        sandbox = new SandboxFixtures(app.getAddress().getPort(), 1);
    }

    @AfterEach
    void stop() {
        sandbox.timer.stop();
        app.stop(0);
    }

    @Test
    void aDeliverableMessageIsSentThenDeliveredThenRead() {
        OutboundMessage message = send("56987654321");

        await().atMost(Duration.ofSeconds(5)).until(() -> statuses.size() == 3);
        assertThat(statuses)
                .extracting(s -> s.path("status").stringValue())
                .containsExactlyInAnyOrder("sent", "delivered", "read");
        assertThat(statuses)
                .allSatisfy(
                        s -> assertThat(s.path("recipient_id").stringValue()).isEqualTo(message.waId()));
        await().atMost(Duration.ofSeconds(2))
                .until(() -> lastStatus(message.waId()).equals("read"));
    }

    @Test
    void aNumberEndingIn0000GetsAFailedStatus131026() throws InterruptedException {
        OutboundMessage message = send("56911110000");

        await().atMost(Duration.ofSeconds(5)).until(() -> statuses.size() == 1);
        Thread.sleep(300);
        assertThat(statuses).singleElement().satisfies(status -> {
            assertThat(status.path("status").stringValue()).isEqualTo("failed");
            assertThat(status.path("errors").path(0).path("code").intValue()).isEqualTo(131026);
        });
        assertThat(lastStatus(message.waId())).isEqualTo("failed");
    }

    private OutboundMessage send(String waId) {
        var message = new OutboundMessage("+" + waId, waId, MessageContent.text("Hola"));
        String wamid = Wamids.message();
        sandbox.conversations.addBusinessMessage(waId, wamid, message.content());
        sandbox.delivery.simulate(wamid, message);
        return message;
    }

    private String lastStatus(String waId) {
        return sandbox.conversations.find(waId).orElseThrow().messages().get(0).status();
    }
}
