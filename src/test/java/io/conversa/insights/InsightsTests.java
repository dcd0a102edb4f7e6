package io.conversa.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.conversa.core.WorkspaceId;
import io.conversa.identity.Role;
import io.conversa.identity.TestLogins;
import io.conversa.inbox.ConversationUpdate;
import io.conversa.inbox.Inbox;
import io.conversa.insights.internal.InsightAnalyst;
import io.conversa.settings.ChannelView;
import io.conversa.support.CustomerMessages;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Resumen IA" without a provider: the offline analyzer answers on demand (panel, API), the inbox filters by the
 * insight's sentiment and topic, an automatic analysis never repeats for the same messages, customers' messages and a
 * closed conversation schedule one durable analysis per conversation.
 */
@IntegrationTest
class InsightsTests {

    static final String WA_ID = "56987650001";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    CustomerMessages messages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InsightAnalyst analyst;

    @Autowired
    Inbox inbox;

    ChannelView channel;
    WorkspaceId workspace;
    String token;

    @BeforeEach
    void setUp() {
        data.clearInbox();
        jdbc.sql("DELETE FROM ai_settings").update();
        channel = data.channel("106540352242922", "insight-secret", "insight-token", "insight-verify");
        workspace = data.workspace();
        token = data.apiToken();
    }

    UUID customerWrites(String text, Instant at) {
        return messages.writes(channel, WA_ID, "Karen", text, at);
    }

    long insights(UUID conversation) {
        return jdbc.sql("SELECT COUNT(*) FROM conversation_insight WHERE conversation_id = ?")
                .param(conversation)
                .query(Long.class)
                .single();
    }

    @Test
    void theApiAnalyzesOnDemandOfflineAndTheInboxFiltersByTheInsight() throws Exception {
        // a Wednesday in Santiago: "el viernes" is two days later
        Instant wednesday = ZonedDateTime.of(2026, 3, 4, 12, 0, 0, 0, ZoneId.of("America/Santiago"))
                .toInstant();
        UUID conversation = customerWrites("Hola, les pago el viernes sin falta, gracias", wednesday);

        mvc.perform(get("/api/v1/conversations/{id}/insight", conversation).header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/conversations/{id}/insight", conversation).header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.provider").value("offline"))
                .andExpect(jsonPath("$.sentiment").value("positive"))
                .andExpect(jsonPath("$.topics", org.hamcrest.Matchers.hasItem("promesa_de_pago")))
                .andExpect(jsonPath("$.promiseDate").value("2026-03-06"))
                .andExpect(jsonPath("$.occasion").value("manual"));
        mvc.perform(get("/api/v1/conversations/{id}/insight", conversation).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.promiseDate").value("2026-03-06"));

        mvc.perform(get("/api/v1/conversations?status=all&topic=promesa_de_pago")
                        .header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.items[0].id").value(conversation.toString()));
        mvc.perform(get("/api/v1/conversations?status=all&sentiment=negative")
                        .header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get("/api/v1/conversations?status=all&topic=nada").header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anotherWorkspacesConversationOrAnUnknownOneIsNotFound() throws Exception {
        mvc.perform(post("/api/v1/conversations/{id}/insight", UUID.randomUUID())
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/conversations/{id}/insight", UUID.randomUUID()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anAutomaticAnalysisIsNotRepeatedUntilANewMessageArrives() {
        UUID conversation = customerWrites("No voy a pagar algo que no debo", Instant.now());

        InsightView first = analyst.analyze(workspace, conversation, "settled");
        InsightView again = analyst.analyze(workspace, conversation, "closed");
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(insights(conversation)).isEqualTo(1);
        assertThat(first.sentiment()).isEqualTo("negative");
        assertThat(first.topics()).contains("disputa");

        customerWrites("Ya lo pagué, revisen por favor", Instant.now());
        assertThat(analyst.behind(workspace, conversation)).isTrue();
        InsightView second = analyst.analyze(workspace, conversation, "settled");
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(insights(conversation)).isEqualTo(2);
        assertThat(analyst.behind(workspace, conversation)).isFalse();
        // a person asking always gets a fresh reading
        assertThat(analyst.analyze(workspace, conversation, "manual").id()).isNotEqualTo(second.id());
    }

    @Test
    void customersMessagesScheduleOneAnalysisPerConversationMovedByEachMessage() {
        UUID conversation = customerWrites("Hola", Instant.now());
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> analysisDue(conversation) != null);
        Instant firstDue = analysisDue(conversation);

        customerWrites("¿Cuánto debo?", Instant.now());

        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> analysisDue(conversation).isAfter(firstDue));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'analyze-conversation'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(analysisDue(conversation)).isAfter(Instant.now().plusSeconds(60)); // settles two minutes later
    }

    @Test
    void closingAConversationAnalyzesItAtOnce() {
        UUID conversation = customerWrites("Necesito una copia de la factura", Instant.now());

        inbox.update(workspace, conversation, ConversationUpdate.status("closed"), data.userId(data.user(Role.AGENT)));

        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> insights(conversation) == 1);
        assertThat(jdbc.sql("SELECT occasion FROM conversation_insight WHERE conversation_id = ?")
                        .param(conversation)
                        .query(String.class)
                        .single())
                .isEqualTo("closed");
    }

    @Test
    void thePanelShowsTheInsightEscapedAndOffersHighPriorityForADispute() throws Exception {
        UUID conversation = customerWrites(
                "<script>alert(1)</script> Esa factura no la reconozco, no la voy a pagar", Instant.now());
        MockHttpSession agent = TestLogins.login(mvc, data.user(Role.AGENT));

        mvc.perform(get("/conversations/{id}/insight", conversation).session(agent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aún no hay análisis")));
        mvc.perform(post("/conversations/{id}/insight", conversation)
                        .session(agent)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Negativo")))
                .andExpect(content().string(containsString("Disputa")))
                .andExpect(content().string(containsString("Analizado sin conexión")))
                .andExpect(content().string(containsString("Marcar prioridad alta")))
                .andExpect(content().string(not(containsString("<script>"))));

        mvc.perform(post("/conversations/{id}/insight/priority", conversation)
                        .session(agent)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Marcar prioridad alta"))));
        assertThat(inbox.conversation(workspace, conversation).priority()).isEqualTo("high");
    }

    Instant analysisDue(UUID conversation) {
        return jdbc.sql("SELECT execution_time FROM scheduled_tasks WHERE task_name = 'analyze-conversation'"
                        + " AND task_instance = ?")
                .param(conversation.toString())
                .query(java.sql.Timestamp.class)
                .optional()
                .map(java.sql.Timestamp::toInstant)
                .orElse(null);
    }
}
