package io.conversa.insights;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.conversa.core.WorkspaceId;
import io.conversa.settings.ChannelView;
import io.conversa.support.CustomerMessages;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The analysis with a provider (a WireMock fake of an OpenAI-compatible server): its answer recorded with tokens and
 * cost; a failing provider falls back to the offline analyzer with the reason, nothing lost; the daily token budget
 * and the offline-only switch keep conversations from leaving.
 */
@IntegrationTest
class InsightProviderTests {

    static final String COMPLETIONS = "/v1/chat/completions";
    static final String ANSWER = """
            {"summary":"La clienta promete transferir el total el viernes.","sentiment":"positive",
             "topics":["pago","promesa_de_pago"],"nextAction":"Registrar la promesa y recordar el viernes",
             "promise":{"date":"%s","amount":null}}""";

    @Autowired
    WireMockServer fake;

    @Autowired
    TestData data;

    @Autowired
    CustomerMessages messages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Insights insights;

    WorkspaceId workspace;
    UUID conversation;

    @BeforeEach
    void setUp() {
        fake.resetAll();
        data.clearInbox();
        jdbc.sql("DELETE FROM ai_settings").update();
        workspace = data.workspace();
        ChannelView channel = data.channel("106540352242922", "provider-secret", "provider-token", "provider-verify");
        conversation = messages.writes(
                channel,
                "56987650002",
                "Ana",
                "Les transfiero el total el viernes, mi correo es ana@correo.cl",
                Instant.now());
        useProvider(100_000L);
    }

    void useProvider(Long budget) {
        insights.saveSettings(
                workspace, false, "sk-test-key-0123456789", false, "gpt-4o-mini", fake.baseUrl() + "/v1", budget);
    }

    void answerWithUsage(long promptTokens, long completionTokens) {
        String content = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .writeValueAsString(ANSWER.formatted(java.time.LocalDate.now().plusDays(3)));
        fake.stubFor(post(urlPathEqualTo(COMPLETIONS)).willReturn(okJson("""
                {"id":"chatcmpl-1","object":"chat.completion","created":1773176400,"model":"gpt-4o-mini-2024-07-18",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s,"refusal":null},"logprobs":null,
                 "finish_reason":"stop"}],
                 "usage":{"prompt_tokens":%d,"completion_tokens":%d,"total_tokens":%d}}""".formatted(
                        content, promptTokens, completionTokens, promptTokens + completionTokens))));
    }

    int calls() {
        return fake.findAll(postRequestedFor(urlPathEqualTo(COMPLETIONS))).size();
    }

    @Test
    void theProvidersAnswerIsRecordedWithItsTokensAndCostAndNoPersonalData() {
        answerWithUsage(800, 100);

        InsightView insight = insights.analyze(workspace, conversation);

        assertThat(insight.provider()).isEqualTo("openai");
        assertThat(insight.model()).isEqualTo("gpt-4o-mini-2024-07-18");
        assertThat(insight.summary()).isEqualTo("La clienta promete transferir el total el viernes.");
        assertThat(insight.topics()).containsExactly("pago", "promesa_de_pago");
        assertThat(insight.inputTokens()).isEqualTo(800);
        assertThat(insight.outputTokens()).isEqualTo(100);
        // 800 × 0.15 / 1M + 100 × 0.60 / 1M
        assertThat(insight.costUsd()).isEqualByComparingTo(new BigDecimal("0.000180"));
        assertThat(insights.latest(workspace, conversation)).contains(insight);
        String sent = fake.findAll(postRequestedFor(urlPathEqualTo(COMPLETIONS)))
                .get(0)
                .getBodyAsString();
        assertThat(sent).doesNotContain("ana@correo.cl").contains("[email]");
    }

    @Test
    void aFailingProviderFallsBackToTheOfflineAnalyzerAndKeepsTheReason() {
        fake.stubFor(post(urlPathEqualTo(COMPLETIONS)).willReturn(aResponse().withStatus(503)));

        InsightView insight = insights.analyze(workspace, conversation);

        assertThat(calls()).isEqualTo(1);
        assertThat(insight.provider()).isEqualTo("offline");
        assertThat(insight.fallbackReason()).isEqualTo("server_error"); // shown as "el proveedor tuvo un error"
        assertThat(insight.topics()).contains("promesa_de_pago");
        assertThat(insight.inputTokens()).isZero();

        fake.resetAll();
        fake.stubFor(post(urlPathEqualTo(COMPLETIONS))
                .willReturn(okJson("{\"choices\":[{\"message\":{\"content\":\"no es json\"}}]}")));
        InsightView unreadable = insights.analyze(workspace, conversation);
        assertThat(unreadable.provider()).isEqualTo("offline");
        assertThat(unreadable.fallbackReason()).isEqualTo("invalid_answer");
    }

    @Test
    void pastTheDailyBudgetTheOfflineAnalyzerAnswersWithoutCallingTheProvider() {
        useProvider(1_000L);
        answerWithUsage(900, 200); // one analysis spends more than the day's budget

        assertThat(insights.analyze(workspace, conversation).provider()).isEqualTo("openai");
        InsightView second = insights.analyze(workspace, conversation);

        assertThat(second.provider()).isEqualTo("offline");
        assertThat(second.fallbackReason()).isEqualTo("budget");
        assertThat(calls()).isEqualTo(1);
        assertThat(insights.usageToday(workspace).tokens()).isEqualTo(1_100);
    }

    @Test
    void probarTriesTheTypedSettingsWithASampleAndRecordsNothing() {
        jdbc.sql("DELETE FROM ai_settings").update();
        answerWithUsage(50, 20);

        Insights.ConnectionCheck works =
                insights.testConnection(workspace, "sk-typed-key-000000", "gpt-4o-mini", fake.baseUrl() + "/v1");
        assertThat(works.ok()).isTrue();
        assertThat(works.model()).isEqualTo("gpt-4o-mini-2024-07-18");
        assertThat(fake.findAll(postRequestedFor(urlPathEqualTo(COMPLETIONS))
                                .withHeader(
                                        "Authorization",
                                        com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                                                "Bearer sk-typed-key-000000")))
                        .size())
                .isEqualTo(1);

        fake.stubFor(post(urlPathEqualTo(COMPLETIONS)).willReturn(aResponse().withStatus(401)));
        Insights.ConnectionCheck refused = insights.testConnection(workspace, "sk-wrong", null, fake.baseUrl() + "/v1");
        assertThat(refused.ok()).isFalse();
        assertThat(refused.reason()).isEqualTo("unauthorized");

        assertThat(insights.testConnection(workspace, null, null, null).attempted())
                .isFalse(); // no key anywhere
        assertThat(jdbc.sql("SELECT COUNT(*) FROM conversation_insight")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ai_settings")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anOfflineOnlyWorkspaceSendsNothingToTheProvider() {
        answerWithUsage(10, 10);
        insights.saveSettings(workspace, true, null, false, null, null, null);

        InsightView insight = insights.analyze(workspace, conversation);

        assertThat(insight.provider()).isEqualTo("offline");
        assertThat(insight.fallbackReason()).isNull();
        assertThat(calls()).isZero();
    }
}
