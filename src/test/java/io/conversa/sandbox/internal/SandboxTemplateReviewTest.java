package io.conversa.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A submitted template's review: its status change, and the signed webhook that reports it. */
class SandboxTemplateReviewTest {

    record Received(byte[] body, String signature) {}

    HttpServer app;
    final List<Received> received = new CopyOnWriteArrayList<>();
    SandboxFixtures sandbox;

    @BeforeEach
    void startFakeApp() throws IOException {
        app = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        app.createContext(SandboxWebhooks.WEBHOOK_PATH, exchange -> {
            received.add(new Received(
                    exchange.getRequestBody().readAllBytes(),
                    exchange.getRequestHeaders().getFirst(SignedWebhook.SIGNATURE_HEADER)));
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
    void anApprovedReviewUpdatesTheTemplateAndBuildsASignedStatusWebhook() throws Exception {
        String id = submit("plan_de_pago", "Hola {{1}}, tu plan de pago quedó listo.");
        assertThat(status("plan_de_pago")).isEqualTo("PENDING");

        SignedWebhook webhook = sandbox.templates.review(id).orElseThrow();

        assertThat(status("plan_de_pago")).isEqualTo("APPROVED");
        assertThat(webhook.signature()).isEqualTo(expectedSignature(webhook.body()));
        JsonNode envelope = WebhookEnvelopes.JSON.readTree(webhook.body());
        assertThat(envelope.path("object").stringValue()).isEqualTo("whatsapp_business_account");
        JsonNode entry = envelope.path("entry").path(0);
        assertThat(entry.path("id").stringValue()).isEqualTo(SandboxFixtures.BUSINESS_ACCOUNT_ID);
        assertThat(entry.path("time").isIntegralNumber()).isTrue();
        JsonNode change = entry.path("changes").path(0);
        assertThat(change.path("field").stringValue()).isEqualTo("message_template_status_update");
        JsonNode value = change.path("value");
        assertThat(value.path("event").stringValue()).isEqualTo("APPROVED");
        assertThat(value.path("message_template_id").isIntegralNumber()).isTrue();
        assertThat(value.path("message_template_id").asString()).isEqualTo(id);
        assertThat(value.path("message_template_name").stringValue()).isEqualTo("plan_de_pago");
        assertThat(value.path("message_template_language").stringValue()).isEqualTo("es");
        assertThat(value.path("reason").stringValue()).isEqualTo("NONE");
        assertThat(value.has("metadata")).isFalse();
    }

    @Test
    void aBodyWithTheMarkerIsRejectedForIncorrectCategory() {
        String id = submit("prueba_rechazo", "Hola {{1}}, esto es rechazar-prueba para ver el rechazo.");

        JsonNode value = WebhookEnvelopes.JSON
                .readTree(sandbox.templates.review(id).orElseThrow().body())
                .path("entry")
                .path(0)
                .path("changes")
                .path(0)
                .path("value");

        assertThat(value.path("event").stringValue()).isEqualTo("REJECTED");
        assertThat(value.path("reason").stringValue()).isEqualTo("INCORRECT_CATEGORY");
        ObjectNode stored = sandbox.templates.find("prueba_rechazo", "es").orElseThrow();
        assertThat(stored.path("status").stringValue()).isEqualTo("REJECTED");
        assertThat(stored.path("rejected_reason").stringValue()).isEqualTo("INCORRECT_CATEGORY");
    }

    @Test
    void aReviewEndsOnceAndNotForADeletedTemplate() {
        String id = submit("plan_de_pago", "Hola {{1}}, tu plan de pago quedó listo.");
        assertThat(sandbox.templates.review(id)).isPresent();
        assertThat(sandbox.templates.review(id)).isEmpty();

        String deleted = submit("otro_plan", "Hola {{1}}, otro plan quedó listo.");
        sandbox.templates.delete("otro_plan", null);
        assertThat(sandbox.templates.review(deleted)).isEmpty();
        assertThat(sandbox.templates.review("1000000000000001"))
                .as("catalog: already approved")
                .isEmpty();
    }

    @Test
    void theReviewWebhookIsPostedToTheAppAfterTheDelay() throws Exception {
        sandbox.timer.stop();
        sandbox = new SandboxFixtures(app.getAddress().getPort(), 1, Duration.ofMillis(50));

        submit("plan_de_pago", "Hola {{1}}, tu plan de pago quedó listo.");

        await().atMost(Duration.ofSeconds(5)).until(() -> !received.isEmpty());
        Received webhook = received.get(0);
        assertThat(webhook.signature()).isEqualTo(expectedSignature(webhook.body()));
        assertThat(new String(webhook.body(), StandardCharsets.UTF_8))
                .contains("\"field\":\"message_template_status_update\"", "\"event\":\"APPROVED\"");
        assertThat(status("plan_de_pago")).isEqualTo("APPROVED");
    }

    @Test
    void theCatalogIsApprovedSpanishUtilityAndPassesTheSubmissionChecks() {
        List<ObjectNode> catalog = TemplateCatalog.templates();

        assertThat(catalog)
                .extracting(t -> t.path("name").stringValue())
                .containsExactly(
                        "recordatorio_pago", "aviso_vencimiento", "pago_recibido", "saldo_pendiente", "link_de_pago");
        assertThat(catalog).allSatisfy(template -> {
            assertThat(template.path("status").stringValue()).isEqualTo("APPROVED");
            assertThat(template.path("category").stringValue()).isEqualTo("UTILITY");
            assertThat(template.path("language").stringValue()).isEqualTo("es");
            assertThat(template.path("id").stringValue()).matches("\\d+");
            // What Meta lists must also be what Meta would have accepted.
            assertThat(TemplateSubmissions.parse(template).path("components")).isEqualTo(template.path("components"));
        });
        assertThat(catalog.get(3).path("parameter_format").stringValue()).isEqualTo("NAMED");
        assertThat(TemplateSubmissions.bodyText(catalog.get(0)))
                .isEqualTo("Hola {{1}}, te recordamos que tienes un saldo pendiente de {{2}} con vencimiento el {{3}}."
                        + " Puedes pagar en línea con el botón.");
    }

    private String submit(String name, String body) {
        ObjectNode request = WebhookEnvelopes.JSON.createObjectNode();
        request.put("name", name);
        request.put("language", "es");
        request.put("category", "UTILITY");
        ObjectNode component = request.putArray("components").addObject();
        component.put("type", "BODY");
        component.put("text", body);
        component.putObject("example").putArray("body_text").addArray().add("Ana");
        ObjectNode stored = sandbox.templates.submit(request);
        assertThat(stored.path("status").stringValue()).isEqualTo("PENDING");
        return stored.path("id").stringValue();
    }

    private String status(String name) {
        return sandbox.templates.find(name, "es").orElseThrow().path("status").stringValue();
    }

    private static String expectedSignature(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SandboxFixtures.APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }
}
