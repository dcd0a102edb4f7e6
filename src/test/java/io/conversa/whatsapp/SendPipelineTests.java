package io.conversa.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.conversa.whatsapp.WhatsAppTestSupport.ACCESS_TOKEN;
import static io.conversa.whatsapp.WhatsAppTestSupport.APP_SECRET;
import static io.conversa.whatsapp.WhatsAppTestSupport.PHONE_NUMBER_ID;
import static io.conversa.whatsapp.WhatsAppTestSupport.deliver;
import static io.conversa.whatsapp.WhatsAppTestSupport.failed;
import static io.conversa.whatsapp.WhatsAppTestSupport.image;
import static io.conversa.whatsapp.WhatsAppTestSupport.status;
import static io.conversa.whatsapp.WhatsAppTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.jayway.jsonpath.JsonPath;
import io.conversa.identity.Role;
import io.conversa.identity.TestLogins;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Sends through the durable pipeline to a local fake of the Graph API (WireMock), on PostgreSQL. */
@IntegrationTest
class SendPipelineTests {

    static final String MESSAGES = "/v24.0/" + PHONE_NUMBER_ID + "/messages";
    static final String WA_ID = "56987654321";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WireMockServer graph;

    String token;
    String conversationId;

    @BeforeEach
    void setUp() throws Exception {
        graph.resetAll();
        data.clearInbox();
        data.channel(PHONE_NUMBER_ID, APP_SECRET, ACCESS_TOKEN, WhatsAppTestSupport.VERIFY_TOKEN);
        token = data.apiToken();
        deliver(mvc, text(WA_ID, "Ana", "wamid.IN-" + UUID.randomUUID(), Instant.now(), "Hola"))
                .andExpect(status().isOk());
        conversationId = jdbc.sql("SELECT CAST(id AS VARCHAR) FROM conversation")
                .query(String.class)
                .single();
    }

    ResultActions send(String text, String idempotencyKey) throws Exception {
        var request = MockMvcRequestBuilders.post("/api/v1/conversations/{id}/messages", conversationId)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"text\",\"text\":\"" + text + "\"}");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return mvc.perform(request);
    }

    String sendAndGetId(String text) throws Exception {
        String body = send(text, null)
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    String statusOf(String messageId) {
        return jdbc.sql("SELECT status FROM message WHERE id = CAST(? AS UUID)")
                .param(messageId)
                .query(String.class)
                .single();
    }

    void acceptWith(String wamid) {
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(okJson("""
                {"messaging_product":"whatsapp","contacts":[{"input":"%s","wa_id":"%s"}],
                 "messages":[{"id":"%s"}]}""".formatted(WA_ID, WA_ID, wamid))));
    }

    void rejectWith(int httpStatus, int code, String title) {
        graph.stubFor(post(urlPathEqualTo(MESSAGES))
                .willReturn(aResponse()
                        .withStatus(httpStatus)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                        {"error":{"message":"(#%d) %s","type":"OAuthException","code":%d,
                         "error_data":{"messaging_product":"whatsapp","details":"%s"},"fbtrace_id":"AbCdEf"}}""".formatted(code, title, code, title))));
    }

    @Test
    void freeTextInsideTheWindowIsStoredPendingThenSentWithMetasId() throws Exception {
        acceptWith("wamid.OUT1");
        send("Hola Ana, tu saldo es $45.000", null)
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("pending"))
                .andExpect(jsonPath("$.direction").value("outbound"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> data.count("message WHERE wa_message_id = 'wamid.OUT1' AND status = 'sent'") == 1);
        graph.verify(
                1,
                postRequestedFor(urlPathEqualTo(MESSAGES))
                        .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
                        .withRequestBody(matchingJsonPath("$.to", equalTo(WA_ID)))
                        .withRequestBody(matchingJsonPath("$.text.body", equalTo("Hola Ana, tu saldo es $45.000")))
                        .withRequestBody(matchingJsonPath("$.messaging_product", equalTo("whatsapp"))));
    }

    @Test
    void freeTextOutsideTheWindowIsRefusedAndNeverReachesMeta() throws Exception {
        jdbc.sql("UPDATE conversation SET window_expires_at = ?")
                .param(java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))))
                .update();
        send("¿Sigue ahí?", null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("24")));
        assertThat(data.count("message WHERE direction = 'outbound'")).isZero();
        graph.verify(0, postRequestedFor(urlPathEqualTo(MESSAGES)));
    }

    @Test
    void aRetriedRequestWithTheSameIdempotencyKeySendsOnce() throws Exception {
        acceptWith("wamid.IDEM");
        String first = send("Pago recibido, gracias", "key-123")
                .andReturn()
                .getResponse()
                .getContentAsString();
        String second = send("Pago recibido, gracias", "key-123")
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((String) JsonPath.read(second, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
        await().atMost(Duration.ofSeconds(10)).until(() -> data.count("message WHERE status = 'sent'") == 1);
        graph.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
    }

    @Test
    void statusesMoveOnlyForwardEvenOutOfOrder() throws Exception {
        acceptWith("wamid.ORDER");
        String id = sendAndGetId("Recordatorio");
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(id).equals("sent"));
        deliver(mvc, status("wamid.ORDER", "read", Instant.now(), WA_ID)).andExpect(status().isOk());
        deliver(mvc, status("wamid.ORDER", "delivered", Instant.now(), WA_ID)).andExpect(status().isOk());
        deliver(mvc, status("wamid.ORDER", "sent", Instant.now(), WA_ID)).andExpect(status().isOk());
        assertThat(statusOf(id)).isEqualTo("read");
    }

    @Test
    void aFailedStatusKeepsMetasReasonAndEndsTheMessage() throws Exception {
        acceptWith("wamid.FAIL");
        String id = sendAndGetId("Hola");
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(id).equals("sent"));
        deliver(mvc, failed("wamid.FAIL", Instant.now(), WA_ID, 131026, "Message undeliverable"))
                .andExpect(status().isOk());
        deliver(mvc, status("wamid.FAIL", "delivered", Instant.now(), WA_ID)).andExpect(status().isOk());
        assertThat(statusOf(id)).isEqualTo("failed");
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/conversations/{id}/messages", conversationId)
                        .header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.items[1].errorCode").value(131026))
                .andExpect(jsonPath("$.items[1].errorTitle").value("Message undeliverable"))
                .andExpect(jsonPath("$.items[1].errorExplanation").isNotEmpty());
    }

    @Test
    void aStatusThatArrivesBeforeTheSendAnswerIsAppliedAfterIt() throws Exception {
        deliver(mvc, status("wamid.EARLY", "delivered", Instant.now(), WA_ID)).andExpect(status().isOk());
        acceptWith("wamid.EARLY");
        String id = sendAndGetId("Hola");
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(id).equals("delivered"));
        assertThat(data.count("orphan_status")).isZero();
    }

    @Test
    void aPermanentErrorFailsAtOnceWithItsCodeAndIsNotRetried() throws Exception {
        rejectWith(400, 131047, "Re-engagement message");
        String id = sendAndGetId("Hola");
        await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(id).equals("failed"));
        assertThat(data.count("message WHERE error_code = 131047 AND error_explanation IS NOT NULL"))
                .isEqualTo(1);
        graph.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
    }

    @Test
    void aThroughputErrorIsRetriedWithBackoffUntilItGoesThrough() throws Exception {
        graph.stubFor(post(urlPathEqualTo(MESSAGES))
                .inScenario("throttle")
                .whenScenarioStateIs("Started")
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"Rate limit hit\",\"code\":130429,\"fbtrace_id\":\"x\"}}"))
                .willSetStateTo("recovered"));
        graph.stubFor(post(urlPathEqualTo(MESSAGES))
                .inScenario("throttle")
                .whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.RETRY\"}]}")));
        String id = sendAndGetId("Hola");
        await().atMost(Duration.ofSeconds(20)).until(() -> statusOf(id).equals("sent"));
        graph.verify(2, postRequestedFor(urlPathEqualTo(MESSAGES)));
        assertThat(data.count("message WHERE attempts = 2")).isEqualTo(1);
    }

    @Test
    void aSendWithNoAnswerIsFlaggedUnknownAndNeverSentAgain() throws Exception {
        graph.stubFor(post(urlPathEqualTo(MESSAGES))
                .willReturn(okJson("{\"messages\":[{\"id\":\"wamid.LATE\"}]}").withFixedDelay(3000)));
        String id = sendAndGetId("Hola");
        await().atMost(Duration.ofSeconds(15)).until(() -> statusOf(id).equals("unknown"));
        graph.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
    }

    @Test
    void aStatusNamingOurMessageReconcilesAnUnknownSend() throws Exception {
        graph.stubFor(post(urlPathEqualTo(MESSAGES))
                .willReturn(okJson("{\"messages\":[{\"id\":\"wamid.SLOW\"}]}").withFixedDelay(3000)));
        String id = sendAndGetId("Hola");
        await().atMost(Duration.ofSeconds(15)).until(() -> statusOf(id).equals("unknown"));
        String withCallback = status("wamid.SLOW", "delivered", Instant.now(), WA_ID)
                .replace("\"recipient_id\"", "\"biz_opaque_callback_data\":\"" + id + "\",\"recipient_id\"");
        deliver(mvc, withCallback).andExpect(status().isOk());
        assertThat(statusOf(id)).isEqualTo("delivered");
        assertThat(data.count("message WHERE wa_message_id = 'wamid.SLOW'")).isEqualTo(1);
    }

    @Test
    void aSendInterruptedByACrashIsMarkedUnknownWhenItsTaskRunsAgain() throws Exception {
        graph.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(okJson("{\"messages\":[{\"id\":\"wamid.NEVER\"}]}")));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO message (id, workspace_id, conversation_id, channel_id, direction, type, text, status,
                            attempts, occurred_at, created_at, version)
                        SELECT ?, workspace_id, id, channel_id, 'outbound', 'text', 'Hola', 'sending', 1, now(), now(), 0
                          FROM conversation""").param(id).update();
        jdbc.sql("""
                        INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version)
                        VALUES ('send-message', ?, now(), false, 1)""").param(id.toString()).update();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> statusOf(id.toString()).equals("unknown"));
        graph.verify(0, postRequestedFor(urlPathEqualTo(MESSAGES)));
    }

    @Test
    void receivedMediaIsDownloadedAndServedOnlyToSignedInUsers() throws Exception {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4};
        graph.stubFor(get(urlPathEqualTo("/v24.0/media-777")).willReturn(okJson("""
                {"url":"%s/download/media-777","mime_type":"image/jpeg","sha256":"abc","file_size":8,"id":"media-777",
                 "messaging_product":"whatsapp"}""".formatted(graph.baseUrl()))));
        graph.stubFor(get(urlPathEqualTo("/download/media-777"))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
                .willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(jpeg)));
        deliver(mvc, image(WA_ID, "wamid.IMG1", Instant.now(), "media-777")).andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(10)).until(() -> data.count("message WHERE media_path IS NOT NULL") == 1);
        String messageId = jdbc.sql("SELECT CAST(id AS VARCHAR) FROM message WHERE wa_message_id = 'wamid.IMG1'")
                .query(String.class)
                .single();

        mvc.perform(MockMvcRequestBuilders.get("/media/{id}", messageId)).andExpect(status().is3xxRedirection());
        var session = TestLogins.login(mvc, data.user(Role.AGENT));
        mvc.perform(MockMvcRequestBuilders.get("/media/{id}", messageId).session(session))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"))
                .andExpect(content().bytes(jpeg));
    }
}
