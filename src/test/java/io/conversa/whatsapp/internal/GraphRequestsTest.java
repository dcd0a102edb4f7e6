package io.conversa.whatsapp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.conversa.inbox.spi.OutboundMessage;
import io.conversa.inbox.spi.OutboundMessage.Component;
import io.conversa.inbox.spi.OutboundMessage.Kind;
import io.conversa.inbox.spi.OutboundMessage.Media;
import io.conversa.inbox.spi.OutboundMessage.Parameter;
import io.conversa.inbox.spi.OutboundMessage.Template;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GraphRequestsTest {

    static final String TO = "5215512345678";

    @Test
    void aUsernameOnlyContactIsAddressedByItsUserId() {
        var message = new io.conversa.inbox.spi.OutboundMessage(
                java.util.UUID.randomUUID(),
                java.util.UUID.randomUUID(),
                "US.13491208655302741918",
                io.conversa.inbox.spi.OutboundMessage.Kind.TEXT,
                "Hola",
                false,
                null,
                null,
                null,
                null);
        var body = GraphRequests.message(message);
        org.assertj.core.api.Assertions.assertThat(body.get("recipient").asString())
                .isEqualTo("US.13491208655302741918");
        org.assertj.core.api.Assertions.assertThat(body.has("to")).isFalse();
    }

    @Test
    void textWithPreviewUrl() {
        assertJson(GraphRequests.message(text("Hola Ana, ¿cómo estás? https://pago.cl/x", true, null, null)), """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "5215512345678",
                 "type": "text", "text": {"preview_url": true, "body": "Hola Ana, ¿cómo estás? https://pago.cl/x"}}
                """);
    }

    @Test
    void replyCarriesContext() {
        assertJson(GraphRequests.message(text("Sí, recibido", false, "wamid.IN1", null)), """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "5215512345678",
                 "context": {"message_id": "wamid.IN1"},
                 "type": "text", "text": {"preview_url": false, "body": "Sí, recibido"}}
                """);
    }

    @Test
    void imageByIdWithCaption() {
        assertJson(GraphRequests.message(media(new Media("image", "1234567890", null, "Comprobante", "x.jpg"))), """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "5215512345678",
                 "type": "image", "image": {"id": "1234567890", "caption": "Comprobante"}}
                """);
    }

    @Test
    void documentByLinkWithFilename() {
        var document = new Media("document", null, "https://files.example.com/boleta.pdf", "Tu boleta", "boleta.pdf");
        assertJson(GraphRequests.message(media(document)), """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "5215512345678",
                 "type": "document",
                 "document": {"link": "https://files.example.com/boleta.pdf", "caption": "Tu boleta",
                              "filename": "boleta.pdf"}}
                """);
    }

    @Test
    void audioAndStickerTakeNoCaptionNorFilename() {
        assertJson(GraphRequests.message(media(new Media("audio", "555", null, "ignored", "ignored.ogg"))), """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "5215512345678",
                 "type": "audio", "audio": {"id": "555"}}
                """);
        assertJson(
                GraphRequests.message(media(new Media("sticker", null, "https://x.example/s.webp", null, null))), """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "5215512345678",
                 "type": "sticker", "sticker": {"link": "https://x.example/s.webp"}}
                """);
    }

    @Test
    void positionalTemplateWithHeaderBodyAndButtons() {
        var template = new Template(
                "recordatorio_pago",
                "es",
                List.of(
                        new Component(
                                "header",
                                null,
                                null,
                                List.of(new Parameter("image", null, "https://x.example/logo.png"))),
                        new Component(
                                "body",
                                null,
                                null,
                                List.of(new Parameter("text", null, "Ana"), new Parameter("text", null, "$45.000"))),
                        new Component("button", "url", 0, List.of(new Parameter("text", null, "tok123"))),
                        new Component("button", "quick_reply", 1, List.of(new Parameter("payload", null, "PAGUE")))));
        assertJson(GraphRequests.message(template(template, null)), """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "5215512345678",
                 "type": "template",
                 "template": {"name": "recordatorio_pago", "language": {"code": "es"},
                   "components": [
                     {"type": "header", "parameters": [{"type": "image", "image": {"link": "https://x.example/logo.png"}}]},
                     {"type": "body", "parameters": [{"type": "text", "text": "Ana"}, {"type": "text", "text": "$45.000"}]},
                     {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": "tok123"}]},
                     {"type": "button", "sub_type": "quick_reply", "index": "1",
                      "parameters": [{"type": "payload", "payload": "PAGUE"}]}]}}
                """);
    }

    @Test
    void namedTemplateWithCallbackData() {
        var template = new Template(
                "saldo_pendiente",
                "es_MX",
                List.of(new Component(
                        "body",
                        null,
                        null,
                        List.of(
                                new Parameter("text", "first_name", "Ana"),
                                new Parameter("text", "amount", "$45.000")))));
        assertJson(GraphRequests.message(template(template, "campaign-7:row-12")), """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "5215512345678",
                 "type": "template",
                 "template": {"name": "saldo_pendiente", "language": {"code": "es_MX"},
                   "components": [{"type": "body", "parameters": [
                     {"type": "text", "parameter_name": "first_name", "text": "Ana"},
                     {"type": "text", "parameter_name": "amount", "text": "$45.000"}]}]},
                 "biz_opaque_callback_data": "campaign-7:row-12"}
                """);
    }

    @Test
    void templateWithoutComponentsOmitsThem() {
        assertJson(GraphRequests.message(template(new Template("hello_world", "en_US", List.of()), null)), """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "5215512345678",
                 "type": "template", "template": {"name": "hello_world", "language": {"code": "en_US"}}}
                """);
    }

    @Test
    void markRead() {
        assertJson(GraphRequests.markRead("wamid.IN9"), """
                {"messaging_product": "whatsapp", "status": "read", "message_id": "wamid.IN9"}
                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ana\nPérez", "Ana\tPérez", "Ana     Pérez", "línea\r\n"})
    void refusesTemplateParameterTextWithNewlinesTabsOrLongSpaceRuns(String value) {
        var template = new Template(
                "recordatorio_pago",
                "es",
                List.of(new Component("body", null, null, List.of(new Parameter("text", null, value)))));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GraphRequests.message(template(template, null)))
                .withMessageContaining("newlines, tabs or more than four consecutive spaces");
    }

    @Test
    void acceptsFourConsecutiveSpaces() {
        var template = new Template(
                "recordatorio_pago",
                "es",
                List.of(new Component("body", null, null, List.of(new Parameter("text", null, "Ana    Pérez")))));
        assertThat(GraphRequests.message(template(template, null)).toString()).contains("Ana    Pérez");
    }

    @Test
    void textBodyMustHaveOneTo4096Characters() {
        assertThatIllegalArgumentException().isThrownBy(() -> GraphRequests.message(text("", false, null, null)));
        assertThatIllegalArgumentException().isThrownBy(() -> GraphRequests.message(text(null, false, null, null)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GraphRequests.message(text("a".repeat(4097), false, null, null)))
                .withMessageContaining("4096");
        assertThat(GraphRequests.message(text("a".repeat(4096), false, null, null)))
                .isNotNull();
        // Characters, not UTF-16 units: 4096 emoji are allowed.
        assertThat(GraphRequests.message(text("😀".repeat(4096), false, null, null)))
                .isNotNull();
    }

    @Test
    void mediaNeedsExactlyOneOfIdOrLinkAndAKnownType() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GraphRequests.message(media(new Media("image", "1", "https://x", null, null))));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GraphRequests.message(media(new Media("image", null, null, null, null))));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GraphRequests.message(media(new Media("location", "1", null, null, null))));
    }

    static OutboundMessage text(String body, boolean preview, String replyTo, String callback) {
        return new OutboundMessage(
                UUID.randomUUID(), UUID.randomUUID(), TO, Kind.TEXT, body, preview, null, null, replyTo, callback);
    }

    static OutboundMessage media(Media media) {
        return new OutboundMessage(
                UUID.randomUUID(), UUID.randomUUID(), TO, Kind.MEDIA, null, false, media, null, null, null);
    }

    static OutboundMessage template(Template template, String callback) {
        return new OutboundMessage(
                UUID.randomUUID(), UUID.randomUUID(), TO, Kind.TEMPLATE, null, false, null, template, null, callback);
    }

    private static void assertJson(JsonNode actual, String expected) {
        assertThat(actual).isEqualTo(JsonMapper.shared().readTree(expected));
    }
}
