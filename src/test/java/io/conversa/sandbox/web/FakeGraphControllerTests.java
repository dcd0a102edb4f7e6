package io.conversa.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.conversa.sandbox.internal.MessageContent;
import io.conversa.sandbox.internal.SandboxFixtures;
import io.conversa.sandbox.internal.SandboxMessage;
import io.conversa.sandbox.internal.Wamids;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The fake Cloud API speaks Meta's wire format: success shapes, and Meta's error codes for what Meta refuses. */
class FakeGraphControllerTests {

    static final String MESSAGES = "/sandbox/graph/v24.0/" + SandboxFixtures.PHONE_NUMBER_ID + "/messages";
    static final String BEARER = "Bearer " + SandboxFixtures.ACCESS_TOKEN;

    SandboxFixtures sandbox;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        sandbox = new SandboxFixtures(1, 1);
        mvc = MockMvcBuilders.standaloneSetup(
                        new FakeGraphController(
                                sandbox.environment, sandbox.conversations, sandbox.media, sandbox.delivery),
                        new FakeGraphMediaController(sandbox.environment, sandbox.media))
                .build();
    }

    @AfterEach
    void stop() {
        sandbox.timer.stop();
    }

    @Test
    void aValidTextSendIsAnsweredWithMetasSuccessShapeAndStored() throws Exception {
        send(BEARER, """
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "+56 9 8765 4321",
                 "type": "text", "text": {"preview_url": false, "body": "Hola Ana, ¿cuándo podrá pagar?"}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.messaging_product").value("whatsapp"))
                .andExpect(jsonPath("$.contacts[0].input").value("+56 9 8765 4321"))
                .andExpect(jsonPath("$.contacts[0].wa_id").value("56987654321"))
                .andExpect(jsonPath("$.messages[0].id").value(startsWith("wamid.")))
                .andExpect(jsonPath("$.messages[0].message_status").doesNotExist());

        SandboxMessage stored = sandbox.conversations
                .find("56987654321")
                .orElseThrow()
                .messages()
                .get(0);
        assertThat(stored.fromCustomer()).isFalse();
        assertThat(stored.content().text()).isEqualTo("Hola Ana, ¿cuándo podrá pagar?");
    }

    @Test
    void aTemplateSendIsAcceptedWithItsParametersAndAMexicanWaId() throws Exception {
        send(BEARER, """
                {"messaging_product": "whatsapp", "to": "+52 55 1234 5678", "type": "template",
                 "template": {"name": "recordatorio_pago", "language": {"code": "es"}, "components": [
                   {"type": "body", "parameters": [{"type": "text", "text": "Ana"}, {"type": "text", "text": "$45.000"}]}]}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contacts[0].wa_id").value("5215512345678"))
                .andExpect(jsonPath("$.messages[0].message_status").value("accepted"));

        MessageContent content = sandbox.conversations
                .find("5215512345678")
                .orElseThrow()
                .messages()
                .get(0)
                .content();
        assertThat(content.templateName()).isEqualTo("recordatorio_pago");
        assertThat(content.parameters()).containsExactly("Ana", "$45.000");
    }

    @Test
    void aMissingOrWrongTokenIsRefusedWithCode190() throws Exception {
        String body = textTo("56987654321", "Hola");
        for (String authorization : new String[] {null, "Bearer wrong-token", SandboxFixtures.ACCESS_TOKEN}) {
            send(authorization, body)
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.error.code").value(190))
                    .andExpect(jsonPath("$.error.type").value("OAuthException"))
                    .andExpect(jsonPath("$.error.fbtrace_id").isNotEmpty());
        }
        assertThat(sandbox.conversations.find("56987654321")).isEmpty();
    }

    @Test
    void anEmptyTextIsRefusedWithCode100() throws Exception {
        send(BEARER, textTo("56987654321", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.code").value(100))
                .andExpect(jsonPath("$.error.error_data.details").isNotEmpty());
    }

    @Test
    void missingFieldsAreRefusedWithCode131008() throws Exception {
        send(BEARER, """
                {"messaging_product": "whatsapp", "type": "text", "text": {"body": "Hola"}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.code").value(131008));
        send(BEARER, """
                {"messaging_product": "whatsapp", "to": "56987654321", "type": "template",
                 "template": {"name": "recordatorio_pago"}}""").andExpect(jsonPath("$.error.code").value(131008));
    }

    @Test
    void aTemplateComponentWithoutParametersIsRefusedWithCode132000() throws Exception {
        send(BEARER, """
                {"messaging_product": "whatsapp", "to": "56987654321", "type": "template",
                 "template": {"name": "recordatorio_pago", "language": {"code": "es"},
                   "components": [{"type": "body", "parameters": []}]}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.code").value(132000));
    }

    @Test
    void anUnknownPhoneNumberIdIsRefusedWithCode100() throws Exception {
        mvc.perform(post("/sandbox/graph/v24.0/999/messages")
                        .header(HttpHeaders.AUTHORIZATION, BEARER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(textTo("56987654321", "Hola")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.code").value(100))
                .andExpect(jsonPath("$.error.error_subcode").value(33));
    }

    @Test
    void markAsReadAnswersSuccessAndMarksTheCustomersMessagesRead() throws Exception {
        String wamid = Wamids.message();
        sandbox.conversations.addCustomerMessage("56987654321", "Ana", wamid, MessageContent.text("Hola"));

        send(BEARER, """
                {"messaging_product": "whatsapp", "status": "read", "message_id": "%s"}""".formatted(wamid))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"success\": true}"));

        assertThat(sandbox.conversations
                        .find("56987654321")
                        .orElseThrow()
                        .messages()
                        .get(0)
                        .status())
                .isEqualTo("read");
    }

    @Test
    void numberInfoDescribesTheSandboxNumber() throws Exception {
        mvc.perform(get("/sandbox/graph/v24.0/" + SandboxFixtures.PHONE_NUMBER_ID)
                        .param("fields", "verified_name,display_phone_number,quality_rating,throughput")
                        .header(HttpHeaders.AUTHORIZATION, BEARER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verified_name").value("Conversa Sandbox"))
                .andExpect(jsonPath("$.display_phone_number").value("+56 2 2940 0000"))
                .andExpect(jsonPath("$.quality_rating").value("GREEN"))
                .andExpect(jsonPath("$.throughput.level").value("STANDARD"));
    }

    @Test
    void uploadedMediaHasMetadataAndDownloadsWithTheToken() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        String uploaded = mvc.perform(multipart("/sandbox/graph/v24.0/" + SandboxFixtures.PHONE_NUMBER_ID + "/media")
                        .file(new MockMultipartFile("file", "receipt.png", "image/png", png))
                        .param("messaging_product", "whatsapp")
                        .param("type", "image/png")
                        .header(HttpHeaders.AUTHORIZATION, BEARER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String mediaId = JsonMapper.shared().readTree(uploaded).path("id").stringValue();

        mvc.perform(get("/sandbox/graph/v24.0/" + mediaId).header(HttpHeaders.AUTHORIZATION, BEARER))
                .andExpect(jsonPath("$.url").value(endsWith("/sandbox/graph/media-download/" + mediaId)))
                .andExpect(jsonPath("$.mime_type").value("image/png"))
                .andExpect(jsonPath("$.file_size").value(png.length))
                .andExpect(jsonPath("$.sha256").isNotEmpty());
        mvc.perform(get("/sandbox/graph/media-download/" + mediaId).header(HttpHeaders.AUTHORIZATION, BEARER))
                .andExpect(status().isOk())
                .andExpect(content().bytes(png));
        mvc.perform(get("/sandbox/graph/media-download/" + mediaId)).andExpect(status().isUnauthorized());
    }

    @Test
    void anImageSendByUploadedIdIsStoredWithItsCaption() throws Exception {
        String mediaId = sandbox.media.store(new byte[] {1, 2, 3}, "image/png").id();

        send(BEARER, """
                {"messaging_product": "whatsapp", "to": "56987654321", "type": "image",
                 "image": {"id": "%s", "caption": "Su comprobante"}}""".formatted(mediaId)).andExpect(status().isOk());
        send(BEARER, """
                {"messaging_product": "whatsapp", "to": "56987654321", "type": "image", "image": {"id": "404"}}""").andExpect(jsonPath("$.error.code").value(100));

        MessageContent content = sandbox.conversations
                .find("56987654321")
                .orElseThrow()
                .messages()
                .get(0)
                .content();
        assertThat(content.mediaId()).isEqualTo(mediaId);
        assertThat(content.caption()).isEqualTo("Su comprobante");
    }

    @Test
    void invalidJsonIsRefusedInMetasShape() throws Exception {
        JsonNode error = JsonMapper.shared()
                .readTree(send(BEARER, "{not json")
                        .andExpect(status().isBadRequest())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .path("error");
        assertThat(error.path("code").intValue()).isEqualTo(100);
    }

    private ResultActions send(String authorization, String body) throws Exception {
        var request = post(MESSAGES).contentType(MediaType.APPLICATION_JSON).content(body);
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        return mvc.perform(request);
    }

    private static String textTo(String to, String body) {
        return """
                {"messaging_product": "whatsapp", "to": "%s", "type": "text", "text": {"body": "%s"}}""".formatted(to, body);
    }
}
