package io.conversa.campaigns;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.conversa.campaigns.internal.BulkDispatcher;
import io.conversa.support.CustomerMessages;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bulk sends through the API: intake, dispatch through the inbox, statuses, opt-outs, pause and cancel. */
@IntegrationTest
class BulkSendTests {

    static final String PHONE_NUMBER_ID = "106540352242922";
    static final String LIST = "/v24.0/102290129340398/message_templates";
    static final String MESSAGES = "/v24.0/" + PHONE_NUMBER_ID + "/messages";
    static final String REMINDER = """
            {"id":"2001","name":"aviso_saldo","language":"es","status":"APPROVED","category":"UTILITY",
             "parameter_format":"POSITIONAL","components":[{"type":"BODY","text":"Hola {{1}}, tu saldo es {{2}}."}]}""";
    static final String PAUSED = """
            {"id":"2002","name":"promo_pausada","language":"es","status":"PAUSED","category":"MARKETING",
             "components":[{"type":"BODY","text":"Hola {{1}}"}]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    WireMockServer graph;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    BulkDispatcher dispatcher;

    @Autowired
    CustomerMessages customers;

    String token;

    @BeforeEach
    void setUp() throws Exception {
        graph.resetAll();
        data.clearInbox();
        jdbc.sql("DELETE FROM bulk_send").update();
        jdbc.sql("DELETE FROM contact_opt_out").update();
        jdbc.sql("DELETE FROM bulk_policy").update();
        jdbc.sql("INSERT INTO bulk_policy (workspace_id, contact_hours, updated_at) VALUES (?, 'always', now())")
                .param(data.workspace().value())
                .update();
        data.channel(PHONE_NUMBER_ID, "bulk-secret", "EAAG-token", "verify");
        token = data.apiToken();
        graph.stubFor(get(urlPathEqualTo(LIST)).willReturn(okJson("{\"data\":[" + REMINDER + "," + PAUSED + "]}")));
        call(HttpMethod.POST, "/api/v1/templates/sync", null).andExpect(status().isOk());
        graph.stubFor(post(urlPathEqualTo(MESSAGES))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"x\",\"wa_id\":"
                                + "\"{{jsonPath request.body '$.to'}}\"}],\"messages\":[{\"id\":\"wamid.{{randomValue"
                                + " length=20 type='ALPHANUMERIC'}}\"}]}")
                        .withTransformers("response-template")));
    }

    ResultActions call(HttpMethod method, String path, String body) throws Exception {
        var builder = request(method, path).header("Authorization", "Bearer " + token);
        if (body != null) {
            builder.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(builder);
    }

    JsonNode create(String body) throws Exception {
        String answer = call(HttpMethod.POST, "/api/v1/bulk-sends", body)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(answer);
    }

    JsonNode bulkSend(String id) throws Exception {
        return json.readTree(call(HttpMethod.GET, "/api/v1/bulk-sends/" + id, null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    int requestsTo(String waId) {
        return graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))
                        .withRequestBody(matchingJsonPath("$.to", equalTo(waId))))
                .size();
    }

    static String recipients(String... phones) {
        StringBuilder list = new StringBuilder();
        for (String phone : phones) {
            list.append(list.isEmpty() ? "" : ",")
                    .append("{\"phone\":\"")
                    .append(phone)
                    .append("\",\"parameters\":[\"Cliente\",\"$1.000\"]}");
        }
        return "{\"name\":\"Recordatorio diciembre\",\"template\":{\"name\":\"aviso_saldo\",\"language\":\"es\"},"
                + "\"recipients\":[" + list + "]}";
    }

    @Test
    void eachNumberIsSentOnceInItsOwnConversationAndTheCountsFollowTheStatuses() throws Exception {
        JsonNode created =
                create(recipients("+56 9 6111 2001", "56961112001", "9 6111 2002", "+56961112003", "no es un número"));

        assertThat(created.get("accepted").asLong()).isEqualTo(3);
        assertThat(created.get("duplicates").asLong()).isEqualTo(1);
        assertThat(created.get("rejectedCount").asLong()).isEqualTo(1);
        assertThat(created.get("rejected").get(0).get("row").asLong()).isEqualTo(5);
        String id = created.get("id").asString();
        assertThat(bulkSend(id).get("counts").get("queued").asLong()).isEqualTo(3);

        dispatcher.pass(); // scheduled → running, recipients handed to the outbound queue
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode counts = bulkSend(id).get("counts");
            assertThat(counts.get("sent").asLong()).isEqualTo(3);
            assertThat(counts.get("queued").asLong()).isZero();
        });
        assertThat(requestsTo("56961112001")).isEqualTo(1);
        assertThat(requestsTo("56961112002")).isEqualTo(1);
        assertThat(requestsTo("56961112003")).isEqualTo(1);
        dispatcher.pass();
        dispatcher.pass(); // nothing is handed twice, and the bulk send completes
        assertThat(bulkSend(id).get("status").asString()).isEqualTo("completed");
        assertThat(requestsTo("56961112001")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT conversation_id) FROM bulk_recipient WHERE bulk_send_id = ?")
                        .param(UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void aThroughputErrorFromMetaDelaysThatMessageInsteadOfFailingIt() throws Exception {
        graph.stubFor(post(urlPathEqualTo(MESSAGES))
                .withRequestBody(matchingJsonPath("$.to", equalTo("56961117001")))
                .inScenario("throughput")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willSetStateTo("calmer")
                .atPriority(1)
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"(#130429) Rate limit hit\",\"type\":\"OAuthException\","
                                + "\"code\":130429,\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":"
                                + "\"Cloud API message throughput has been reached.\"},\"fbtrace_id\":\"A1\"}}")));
        String id = create(recipients("+56961117001", "+56961117002")).get("id").asString();

        dispatcher.pass();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    JsonNode counts = bulkSend(id).get("counts");
                    assertThat(counts.get("sent").asLong()).isEqualTo(2);
                });
        JsonNode counts = bulkSend(id).get("counts");
        assertThat(counts.get("failed").asLong()).isZero();
        assertThat(requestsTo("56961117001")).isEqualTo(2);
        assertThat(requestsTo("56961117002")).isEqualTo(1);
        var attempts = graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))
                .withRequestBody(matchingJsonPath("$.to", equalTo("56961117001"))));
        long waited = attempts.get(1).getLoggedDate().getTime()
                - attempts.get(0).getLoggedDate().getTime();
        assertThat(waited).as("the retry waits for the throughput to recover").isGreaterThanOrEqualTo(4000);
    }

    @Test
    void theResultsPageListsRecipientsAHundredAtATime() throws Exception {
        String[] phones = new String[150];
        for (int i = 0; i < phones.length; i++) {
            phones[i] = String.format("+5696112%04d", i);
        }
        String id = create(recipients(phones)).get("id").asString();
        var agent = io.conversa.identity.TestLogins.login(mvc, data.user(io.conversa.identity.Role.AGENT));

        String first = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/bulk-sends/" + id)
                                .session(agent))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(first).contains("+56961120000", "+56961120099").doesNotContain("+56961120100");
        assertThat(first).contains("after=99").contains("Siguientes 100");

        String second = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/bulk-sends/" + id)
                                .param("after", "99")
                                .session(agent))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(second).contains("+56961120100", "+56961120149").doesNotContain("+56961120099<");
        assertThat(second).doesNotContain("Siguientes 100");
    }

    @Test
    void onlyAnAdminChangesTheContactHours() throws Exception {
        var post = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/bulk-sends/contact-hours")
                .param("contactHours", "MON-FRI 09:00-18:00")
                .with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf());
        var agent = io.conversa.identity.TestLogins.login(mvc, data.user(io.conversa.identity.Role.AGENT));
        mvc.perform(post.session(agent)).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT contact_hours FROM bulk_policy WHERE workspace_id = ?")
                        .param(data.workspace().value())
                        .query(String.class)
                        .single())
                .isEqualTo("always");

        var admin = io.conversa.identity.TestLogins.login(mvc, data.user(io.conversa.identity.Role.ADMIN));
        mvc.perform(post.session(admin)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT contact_hours FROM bulk_policy WHERE workspace_id = ?")
                        .param(data.workspace().value())
                        .query(String.class)
                        .single())
                .isEqualTo("MON-FRI 09:00-18:00");
    }

    @Test
    void aTemplateThatIsNotApprovedIsRefusedAndNothingIsCreated() throws Exception {
        call(HttpMethod.POST, "/api/v1/bulk-sends", recipients("+56961112001").replace("aviso_saldo", "promo_pausada"))
                .andExpect(status().isUnprocessableEntity());
        call(
                        HttpMethod.POST,
                        "/api/v1/bulk-sends",
                        "{\"name\":\"x\",\"template\":{\"name\":\"aviso_saldo\"," + "\"language\":\"es\"}}")
                .andExpect(status().isBadRequest());
        assertThat(data.count("bulk_send")).isZero();
    }

    @Test
    void aContactWhoWritesBajaIsOptedOutAndSkipped() throws Exception {
        customers.writes(
                data.channel(PHONE_NUMBER_ID, "bulk-secret", "EAAG-token", "verify"),
                "56961113001",
                "Rosa",
                "BAJA por favor",
                Instant.now());
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> call(HttpMethod.GET, "/api/v1/opt-outs/+56961113001", null)
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.source").value("keyword")));

        JsonNode created = create(recipients("+56961113001", "+56961113002"));
        assertThat(created.get("optedOut").asLong()).isEqualTo(1);
        String id = created.get("id").asString();
        dispatcher.pass();
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(
                        () -> assertThat(bulkSend(id).get("counts").get("sent").asLong())
                                .isEqualTo(1));
        assertThat(bulkSend(id).get("counts").get("skipped").asLong()).isEqualTo(1);
        assertThat(requestsTo("56961113001")).isZero();

        call(HttpMethod.DELETE, "/api/v1/opt-outs/+56961113001", null).andExpect(status().isNoContent());
        call(HttpMethod.GET, "/api/v1/opt-outs/+56961113001", null).andExpect(status().isNotFound());
    }

    @Test
    void aPausedBulkSendHandsNothingUntilResumedAndACancelledOneNeverSends() throws Exception {
        String paused =
                create(recipients("+56961114001", "+56961114002")).get("id").asString();
        call(HttpMethod.POST, "/api/v1/bulk-sends/" + paused + "/pause", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("paused"));
        dispatcher.pass();
        assertThat(bulkSend(paused).get("counts").get("queued").asLong()).isEqualTo(2);
        call(HttpMethod.POST, "/api/v1/bulk-sends/" + paused + "/pause", null).andExpect(status().isConflict());

        call(HttpMethod.POST, "/api/v1/bulk-sends/" + paused + "/resume", null).andExpect(status().isOk());
        dispatcher.pass();
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(
                                bulkSend(paused).get("counts").get("sent").asLong())
                        .isEqualTo(2));

        String cancelled = create(recipients("+56961114003")).get("id").asString();
        call(HttpMethod.POST, "/api/v1/bulk-sends/" + cancelled + "/cancel", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("cancelled"))
                .andExpect(jsonPath("$.counts.cancelled").value(1));
        dispatcher.pass();
        assertThat(requestsTo("56961114003")).isZero();
        call(HttpMethod.POST, "/api/v1/bulk-sends/" + cancelled + "/resume", null)
                .andExpect(status().isConflict());
    }

    @Test
    void outsideItsContactHoursARecipientWaitsForTheNextAllowedMoment() throws Exception {
        jdbc.sql("UPDATE bulk_policy SET contact_hours = 'SUN 03:00-03:01' WHERE workspace_id = ?")
                .param(data.workspace().value())
                .update();
        String id = create(recipients("+56961115001")).get("id").asString();
        dispatcher.pass();

        JsonNode counts = bulkSend(id).get("counts");
        assertThat(counts.get("waiting").asLong()).isEqualTo(1);
        assertThat(requestsTo("56961115001")).isZero();
        Instant notBefore = jdbc.sql("SELECT not_before FROM bulk_recipient WHERE bulk_send_id = ?")
                .param(UUID.fromString(id))
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        assertThat(notBefore).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofDays(8)));
        var agent = io.conversa.identity.TestLogins.login(mvc, data.user(io.conversa.identity.Role.AGENT));
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/bulk-sends")
                                .session(agent))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Fuera de horario: 1"); // the list says why nothing went yet
    }

    @Test
    void anotherWorkspacesBulkSendIsInvisibleAndUntouchable() throws Exception {
        String id = create(recipients("+56961116001")).get("id").asString();
        UUID otherWorkspace = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO workspace (id, name, default_country, time_zone, currency, locale, created_at)
                        VALUES (?, 'Otra', 'CL', 'America/Santiago', 'CLP', 'es-CL', now())""").param(otherWorkspace).update();
        jdbc.sql("UPDATE bulk_send SET workspace_id = ? WHERE id = ?")
                .params(otherWorkspace, UUID.fromString(id))
                .update();

        call(HttpMethod.GET, "/api/v1/bulk-sends/" + id, null).andExpect(status().isNotFound());
        call(HttpMethod.GET, "/api/v1/bulk-sends/" + id + "/recipients", null).andExpect(status().isNotFound());
        call(HttpMethod.POST, "/api/v1/bulk-sends/" + id + "/cancel", null).andExpect(status().isNotFound());
        call(HttpMethod.GET, "/api/v1/bulk-sends", null)
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(request(HttpMethod.GET, "/api/v1/bulk-sends")).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("SELECT status FROM bulk_send WHERE id = ?")
                        .param(UUID.fromString(id))
                        .query(String.class)
                        .single())
                .isEqualTo("scheduled");
        jdbc.sql("DELETE FROM bulk_send WHERE id = ?")
                .param(UUID.fromString(id))
                .update();
        jdbc.sql("DELETE FROM workspace WHERE id = ?").param(otherWorkspace).update();
    }
}
