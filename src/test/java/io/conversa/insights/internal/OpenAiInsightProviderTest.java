package io.conversa.insights.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.conversa.insights.offline.Analysis.Sentiment;
import io.conversa.insights.offline.Analysis.Topic;
import io.conversa.insights.offline.ConversationInput;
import io.conversa.insights.offline.ConversationInput.Direction;
import io.conversa.insights.offline.ConversationInput.Invoice;
import io.conversa.insights.offline.ConversationInput.Message;
import io.conversa.insights.offline.ConversationInput.Receivables;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OpenAiInsightProviderTest {

    private static final String PATH = "/v1/chat/completions";
    private static final String KEY = "sk-test-0123456789abcdef";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A fake of the provider's API, reset before each test. */
    @RegisterExtension
    static final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final OpenAiInsightProvider provider =
            new OpenAiInsightProvider(Clock.fixed(Instant.parse("2026-03-10T21:00:00Z"), ZoneOffset.UTC));

    private static AiConnection connection() {
        return new AiConnection(KEY, "gpt-4o-mini", server.baseUrl() + "/v1", Duration.ofSeconds(2));
    }

    /** A Chilean customer who gives an e-mail, a card number and a RUT, then promises to pay on Friday. */
    private static ConversationInput conversation() {
        OffsetDateTime start = OffsetDateTime.parse("2026-03-10T15:00:00-03:00");
        return new ConversationInput(
                List.of(
                        new Message(
                                Direction.OUTBOUND,
                                start,
                                "Hola Juan, le recordamos la factura F-1023 por $120.000 vencida el 01/02."),
                        new Message(
                                Direction.INBOUND,
                                start.plusMinutes(5),
                                "Hola, mi correo nuevo es juan.perez@gmail.com, RUT 12.345.678-5.\n"
                                        + "Intenté pagar con la 4111 1111 1111 1111 y no pasó"),
                        new Message(
                                Direction.INBOUND, start.plusMinutes(6), "el viernes le transfiero todo, gracias!")),
                ZoneId.of("America/Santiago"),
                "CLP",
                "es",
                new Receivables(
                        "Juan Pérez Soto",
                        new BigDecimal("120000"),
                        List.of(new Invoice("F-1023", new BigDecimal("120000"), LocalDate.of(2026, 2, 1)))));
    }

    private static String completion(String content) {
        return completion(JSON.writeValueAsString(content), "null", "stop");
    }

    private static String completion(String contentJson, String refusalJson, String finishReason) {
        return """
                {
                  "id": "chatcmpl-123",
                  "object": "chat.completion",
                  "created": 1773176400,
                  "model": "gpt-4o-mini-2024-07-18",
                  "choices": [{
                    "index": 0,
                    "message": {"role": "assistant", "content": %s, "refusal": %s},
                    "logprobs": null,
                    "finish_reason": "%s"
                  }],
                  "usage": {"prompt_tokens": 812, "completion_tokens": 96, "total_tokens": 908}
                }""".formatted(contentJson, refusalJson, finishReason);
    }

    private static final String GOOD_ANSWER = """
            {"summary": "  El cliente actualizó su correo y no pudo pagar con tarjeta. Promete transferir el total \
            el viernes.  ",
             "sentiment": "positive",
             "topics": ["promesa_de_pago", "datos_de_contacto", "pago", "pago"],
             "nextAction": "Registrar la promesa de pago de $120.000 del 13/03 y recordar ese día",
             "promise": {"date": "2026-03-13", "amount": "120000"}}""";

    private void answer(String body) {
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson(body)));
    }

    private LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlPathEqualTo(PATH)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    @Test
    void theRequestCarriesTheModelTheKeyAStrictSchemaAndMaskedText() {
        answer(completion(GOOD_ANSWER));

        provider.analyze(conversation(), connection());

        server.verify(1, postRequestedFor(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer " + KEY)));
        String body = onlyRequest().getBodyAsString();
        JsonNode request = JSON.readTree(body);
        assertThat(request.path("model").asString()).isEqualTo("gpt-4o-mini");
        JsonNode format = request.path("response_format");
        assertThat(format.path("type").asString()).isEqualTo("json_schema");
        assertThat(format.path("json_schema").path("strict").asBoolean()).isTrue();
        JsonNode schema = format.path("json_schema").path("schema");
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.path("required").toString())
                .contains("summary", "sentiment", "topics", "nextAction", "promise");
        assertThat(schema.path("properties")
                        .path("topics")
                        .path("items")
                        .path("enum")
                        .toString())
                .contains("promesa_de_pago", "datos_de_contacto", "otro");

        JsonNode messages = request.path("messages");
        assertThat(messages.get(0).path("role").asString()).isEqualTo("system");
        assertThat(messages.get(1).path("role").asString()).isEqualTo("user");
        String user = messages.get(1).path("content").asString();
        assertThat(user)
                .contains("Today: 2026-03-10")
                .contains("Time zone: America/Santiago")
                .contains("Currency: CLP")
                .contains("Balance: $120.000")
                .contains("- F-1023: $120.000, due 2026-02-01")
                .contains("[2026-03-10 15:05] cliente: Hola, mi correo nuevo es [email], RUT [id_fiscal]. / "
                        + "Intenté pagar con la [tarjeta] y no pasó")
                .contains("[2026-03-10 15:00] agente: Hola [nombre], le recordamos la factura F-1023");
        assertThat(body)
                .doesNotContain("juan.perez@gmail.com")
                .doesNotContain("4111 1111 1111 1111")
                .doesNotContain("12.345.678-5")
                .doesNotContain("Juan")
                .doesNotContain("Pérez")
                .doesNotContain("Soto")
                .doesNotContain(KEY);
    }

    @Test
    void aGoodAnswerBecomesAnAnalysisWithTheModelAndTokens() {
        answer(completion(GOOD_ANSWER));

        ProviderAnswer answer = provider.analyze(conversation(), connection());

        assertThat(answer.model()).isEqualTo("gpt-4o-mini-2024-07-18");
        assertThat(answer.inputTokens()).isEqualTo(812);
        assertThat(answer.outputTokens()).isEqualTo(96);
        assertThat(answer.analysis().summary())
                .isEqualTo("El cliente actualizó su correo y no pudo pagar con tarjeta. Promete transferir el total "
                        + "el viernes.");
        assertThat(answer.analysis().sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(answer.analysis().topics())
                .containsExactly(Topic.PAGO, Topic.PROMESA_DE_PAGO, Topic.DATOS_DE_CONTACTO);
        assertThat(answer.analysis().nextAction())
                .isEqualTo("Registrar la promesa de pago de $120.000 del 13/03 y recordar ese día");
        assertThat(answer.analysis().promise().date()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(answer.analysis().promise().amount()).isEqualByComparingTo("120000");
    }

    @Test
    void noPromiseIsNull() {
        answer(completion("""
                {"summary": "El cliente pregunta por su saldo.", "sentiment": "neutral", "topics": ["consulta"],
                 "nextAction": "Responder con el saldo de $120.000", "promise": null}"""));

        ProviderAnswer answer = provider.analyze(conversation(), connection());

        assertThat(answer.analysis().promise()).isNull();
        assertThat(answer.analysis().topics()).containsExactly(Topic.CONSULTA);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "{\"summary\": \"El cliente promete pagar\", \"sentiment\": ",
                "not json at all",
                "[1, 2, 3]",
                "{\"summary\": \"  \", \"sentiment\": \"neutral\", \"topics\": [\"pago\"], \"nextAction\": \"x\", "
                        + "\"promise\": null}",
                "{\"sentiment\": \"neutral\", \"topics\": [\"pago\"], \"nextAction\": \"x\", \"promise\": null}",
                "{\"summary\": \"Ok.\", \"sentiment\": \"angry\", \"topics\": [\"pago\"], \"nextAction\": \"x\", "
                        + "\"promise\": null}",
                "{\"summary\": \"Ok.\", \"sentiment\": \"neutral\", \"topics\": [\"cobranza\"], \"nextAction\": \"x\", "
                        + "\"promise\": null}",
                "{\"summary\": \"Ok.\", \"sentiment\": \"neutral\", \"topics\": [\"pago\"], \"nextAction\": \"x\", "
                        + "\"promise\": {\"date\": \"2026-02-30\", \"amount\": null}}",
                "{\"summary\": \"Ok.\", \"sentiment\": \"neutral\", \"topics\": [\"pago\"], \"nextAction\": \"x\", "
                        + "\"promise\": {\"date\": \"el viernes\", \"amount\": null}}",
                "{\"summary\": \"Ok.\", \"sentiment\": \"neutral\", \"topics\": [\"pago\"], \"nextAction\": \"x\", "
                        + "\"promise\": {\"date\": \"2019-03-13\", \"amount\": null}}"
            })
    void anInvalidAnswerIsAFailureAfterOneRequest(String content) {
        answer(completion(content));

        assertThatThrownBy(() -> provider.analyze(conversation(), connection()))
                .isInstanceOf(ProviderFailure.class)
                .hasMessageStartingWith("The model");
        onlyRequest();
    }

    @Test
    void aRefusalIsAFailure() {
        answer(completion("null", "\"I can't help with that.\"", "stop"));

        assertThatThrownBy(() -> provider.analyze(conversation(), connection()))
                .isInstanceOf(ProviderFailure.class)
                .hasMessage("The model refused to analyze the conversation");
        onlyRequest();
    }

    @Test
    void aContentFilterStopIsAFailure() {
        answer(completion(JSON.writeValueAsString(GOOD_ANSWER), "null", "content_filter"));

        assertThatThrownBy(() -> provider.analyze(conversation(), connection()))
                .isInstanceOf(ProviderFailure.class)
                .hasMessage("The model refused to analyze the conversation");
        onlyRequest();
    }

    @Test
    void aBadKeyIsAFailureThatNamesNoKey() {
        server.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"message\": \"Incorrect API key provided: " + KEY
                                + "\", \"type\": \"invalid_request_error\", \"code\": \"invalid_api_key\"}}")));

        assertThatThrownBy(() -> provider.analyze(conversation(), connection()))
                .isInstanceOf(ProviderFailure.class)
                .hasMessageContaining("API key")
                .hasMessageNotContaining(KEY);
        onlyRequest();
    }

    @Test
    void aForbiddenKeyIsAFailure() {
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(403)));

        assertThatThrownBy(() -> provider.analyze(conversation(), connection()))
                .isInstanceOf(ProviderFailure.class)
                .hasMessageContaining("API key");
        onlyRequest();
    }

    @Test
    void rateLimitedIsAFailureWithoutRetries() {
        server.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("Retry-After", "0")
                        .withBody("{\"error\": {\"message\": \"Rate limit reached\", \"type\": \"requests\"}}")));

        assertThatThrownBy(() -> provider.analyze(conversation(), connection()))
                .isInstanceOf(ProviderFailure.class)
                .hasMessageContaining("rate limit");
        onlyRequest();
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {500, 502, 503})
    void aServerErrorIsAFailureWithoutRetries(int status) {
        server.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(aResponse().withStatus(status).withBody("upstream trouble")));

        assertThatThrownBy(() -> provider.analyze(conversation(), connection()))
                .isInstanceOf(ProviderFailure.class)
                .hasMessageContaining("server error");
        onlyRequest();
    }

    @Test
    void aSlowServerIsATimeoutWithoutRetries() {
        server.stubFor(post(urlPathEqualTo(PATH))
                .willReturn(okJson(completion(GOOD_ANSWER)).withFixedDelay(3_000)));
        AiConnection impatient = new AiConnection(KEY, "gpt-4o-mini", server.baseUrl() + "/v1", Duration.ofSeconds(1));

        long start = System.nanoTime();
        assertThatThrownBy(() -> provider.analyze(conversation(), impatient))
                .isInstanceOf(ProviderFailure.class)
                .hasMessageContaining("did not answer in time");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_900));
        onlyRequest();
    }

    @Test
    void aDroppedConnectionIsAFailureWithoutRetries() {
        server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> provider.analyze(conversation(), connection()))
                .isInstanceOf(ProviderFailure.class)
                .hasMessageContaining("could not be reached");
        onlyRequest();
    }

    @Test
    void aServerThatIsNotThereIsAFailure() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        AiConnection nowhere =
                new AiConnection(KEY, "gpt-4o-mini", "http://127.0.0.1:" + port + "/v1", Duration.ofSeconds(2));

        assertThatThrownBy(() -> provider.analyze(conversation(), nowhere))
                .isInstanceOf(ProviderFailure.class)
                .hasMessageContaining("could not be reached")
                .hasMessageNotContaining(KEY);
    }
}
