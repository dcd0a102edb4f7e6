package io.conversa.whatsapp.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.conversa.core.WorkspaceId;
import io.conversa.settings.ChannelCredentials;
import io.conversa.templates.spi.TemplateProvider.ProviderException;
import io.conversa.templates.spi.TemplateProvider.Submission;
import io.conversa.whatsapp.WhatsAppProperties;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** The template API client against a WireMock Graph API: paging, creation answers and refusals, deletion. */
class GraphTemplatesTest {

    static final String WABA_ID = "209876543210001";
    static final String TOKEN = "EAAG-template-secret-token";
    static final String TEMPLATES = "/v24.0/" + WABA_ID + "/message_templates";
    static final UUID CHANNEL = UUID.randomUUID();

    @RegisterExtension
    static WireMockExtension meta = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    GraphTemplates templates;
    ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void setUp() {
        templates = client(meta.baseUrl(), TOKEN, WABA_ID);
        logs.start();
        ((Logger) LoggerFactory.getLogger(GraphTemplates.class)).addAppender(logs);
    }

    @AfterEach
    void noTokenInLogs() {
        ((Logger) LoggerFactory.getLogger(GraphTemplates.class)).detachAppender(logs);
        assertThat(logs.list)
                .allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain(TOKEN));
    }

    @Test
    void listFollowsPagingNextAcrossThreePagesAndAnswersCompactJson() {
        String page2 = meta.baseUrl() + TEMPLATES + "?fields=" + GraphTemplates.FIELDS + "&limit=100&after=QVFIUk1";
        // Meta's next links may carry the token when it was given as a parameter: it must never reach the logs.
        String page3 = meta.baseUrl() + TEMPLATES + "?access_token=" + TOKEN + "&limit=100&after=QVFIUk2";
        meta.stubFor(
                get(urlPathEqualTo(TEMPLATES)).withQueryParam("after", absent()).willReturn(okJson("""
                        {"data": [
                          {"name": "recordatorio_pago", "status": "APPROVED", "category": "UTILITY", "language": "es",
                           "components": [{"type": "BODY", "text": "Hola {{1}}"}], "id": "1001"},
                          {"name": "pago_recibido", "status": "PENDING", "category": "UTILITY", "language": "es",
                           "components": [], "id": "1002"}],
                         "paging": {"cursors": {"before": "QVFIUk0", "after": "QVFIUk1"}, "next": "%s"}}
                        """.formatted(
                                page2))));
        meta.stubFor(get(urlPathEqualTo(TEMPLATES))
                .withQueryParam("after", equalTo("QVFIUk1"))
                .willReturn(okJson("""
                        {"data": [{"name": "aviso_vencimiento", "status": "REJECTED", "language": "es", "id": "1003",
                                   "rejected_reason": "INCORRECT_CATEGORY"}],
                         "paging": {"cursors": {"before": "QVFIUk1", "after": "QVFIUk2"}, "next": "%s"}}
                        """.formatted(page3))));
        meta.stubFor(get(urlPathEqualTo(TEMPLATES))
                .withQueryParam("after", equalTo("QVFIUk2"))
                .willReturn(okJson("""
                        {"data": [{"name": "saldo_pendiente", "parameter_format": "NAMED", "language": "es", "id": "1004"}],
                         "paging": {"cursors": {"before": "QVFIUk2", "after": "QVFIUk3"}}}
                        """)));

        List<String> all = templates.listAll(CHANNEL);

        assertThat(all)
                .containsExactly(
                        "{\"name\":\"recordatorio_pago\",\"status\":\"APPROVED\",\"category\":\"UTILITY\","
                                + "\"language\":\"es\",\"components\":[{\"type\":\"BODY\",\"text\":\"Hola {{1}}\"}],"
                                + "\"id\":\"1001\"}",
                        "{\"name\":\"pago_recibido\",\"status\":\"PENDING\",\"category\":\"UTILITY\","
                                + "\"language\":\"es\",\"components\":[],\"id\":\"1002\"}",
                        "{\"name\":\"aviso_vencimiento\",\"status\":\"REJECTED\",\"language\":\"es\",\"id\":\"1003\","
                                + "\"rejected_reason\":\"INCORRECT_CATEGORY\"}",
                        "{\"name\":\"saldo_pendiente\",\"parameter_format\":\"NAMED\",\"language\":\"es\","
                                + "\"id\":\"1004\"}");
        meta.verify(
                3, getRequestedFor(urlPathEqualTo(TEMPLATES)).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        meta.verify(
                1,
                getRequestedFor(urlPathEqualTo(TEMPLATES))
                        .withQueryParam("fields", equalTo(GraphTemplates.FIELDS))
                        .withQueryParam("limit", equalTo("100"))
                        .withQueryParam("after", absent()));
        assertThat(logs.list)
                .anySatisfy(e -> assertThat(e.getFormattedMessage()).contains(WABA_ID, "pages=3", "templates=4"));
    }

    @Test
    void anEmptyAccountIsOnePageWithNoTemplates() {
        meta.stubFor(get(urlPathEqualTo(TEMPLATES)).willReturn(okJson("{\"data\": []}")));

        assertThat(templates.listAll(CHANNEL)).isEmpty();
        meta.verify(1, getRequestedFor(urlPathEqualTo(TEMPLATES)));
    }

    @Test
    void listRefusalCarriesMetasCodeAndMessage() {
        meta.stubFor(get(urlPathEqualTo(TEMPLATES))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody(error(190, "Error validating access token: Session has expired", null))));

        assertThatThrownBy(() -> templates.listAll(CHANNEL)).isInstanceOfSatisfying(ProviderException.class, e -> {
            assertThat(e.code()).isEqualTo(190);
            assertThat(e.getMessage()).isEqualTo("Error validating access token: Session has expired");
        });
        assertThat(logs.list)
                .anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("code=190", "fbtrace_id=AbCdTrace"));
    }

    @Test
    void aNextLinkToAnotherHostIsNotFollowed() {
        meta.stubFor(get(urlPathEqualTo(TEMPLATES)).willReturn(okJson("""
                {"data": [{"name": "a", "id": "1"}],
                 "paging": {"next": "https://graph.example.invalid/v24.0/%s/message_templates?after=X"}}
                """.formatted(WABA_ID))));

        assertThatThrownBy(() -> templates.listAll(CHANNEL))
                .isInstanceOfSatisfying(
                        ProviderException.class, e -> assertThat(e.code()).isNull());
        meta.verify(1, getRequestedFor(urlPathEqualTo(TEMPLATES)));
    }

    @Test
    void pagingThatLoopsIsStopped() {
        String self = meta.baseUrl() + TEMPLATES + "?after=SAME";
        meta.stubFor(get(urlPathEqualTo(TEMPLATES))
                .willReturn(okJson("{\"data\": [{\"name\": \"a\"}], \"paging\": {\"next\": \"" + self + "\"}}")));

        assertThatThrownBy(() -> templates.listAll(CHANNEL)).isInstanceOf(ProviderException.class);
        meta.verify(2, getRequestedFor(urlPathEqualTo(TEMPLATES)));
    }

    @Test
    void pagingIsBoundedEvenWithFreshCursors() {
        meta.stubFor(get(urlPathEqualTo(TEMPLATES))
                .willReturn(okJson("{\"data\": [], \"paging\": {\"next\": \"" + meta.baseUrl() + TEMPLATES
                                + "?after={{randomValue length=16 type='ALPHANUMERIC'}}\"}}")
                        .withTransformers("response-template")));

        assertThatThrownBy(() -> templates.listAll(CHANNEL)).isInstanceOf(ProviderException.class);
        meta.verify(GraphTemplates.MAX_PAGES, getRequestedFor(urlPathEqualTo(TEMPLATES)));
    }

    @Test
    void createPostsTheRequestAndAnswersMetasSubmission() {
        meta.stubFor(post(urlPathEqualTo(TEMPLATES))
                .willReturn(
                        okJson("{\"id\": \"594425479261596\", \"status\": \"PENDING\", \"category\": \"UTILITY\"}")));
        String request = """
                {"name": "recordatorio_pago", "language": "es", "category": "UTILITY",
                 "components": [{"type": "BODY", "text": "Hola {{1}}, tu saldo es {{2}}.",
                                 "example": {"body_text": [["Ana", "$45.000"]]}}]}""";

        Submission submission = templates.create(CHANNEL, request);

        assertThat(submission).isEqualTo(new Submission(true, "594425479261596", "PENDING", "UTILITY", null, null));
        meta.verify(postRequestedFor(urlPathEqualTo(TEMPLATES))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(request)));
    }

    @Test
    void createRefusalAnswersMetasCodeAndUserMessage() {
        meta.stubFor(post(urlPathEqualTo(TEMPLATES))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody(error(
                                100,
                                "Invalid parameter",
                                "El nombre de la plantilla solo admite minúsculas, números y guiones bajos."))));

        Submission submission = templates.create(CHANNEL, "{\"name\": \"Recordatorio Pago\"}");

        assertThat(submission)
                .isEqualTo(new Submission(
                        false,
                        null,
                        null,
                        null,
                        100,
                        "El nombre de la plantilla solo admite minúsculas, números y guiones bajos."));
    }

    @Test
    void createRefusalWithoutUserMessageAnswersMetasMessage() {
        meta.stubFor(post(urlPathEqualTo(TEMPLATES))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody(error(2388023, "Message template name already exists", null))));

        Submission submission = templates.create(CHANNEL, "{\"name\": \"recordatorio_pago\"}");

        assertThat(submission)
                .isEqualTo(new Submission(false, null, null, null, 2388023, "Message template name already exists"));
    }

    @Test
    void createAnsweredWithoutAMetaErrorIsAProviderException() {
        meta.stubFor(post(urlPathEqualTo(TEMPLATES)).willReturn(aResponse().withStatus(502)));

        assertThatThrownBy(() -> templates.create(CHANNEL, "{\"name\": \"x\"}"))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.code()).isNull();
                    assertThat(e.getMessage()).contains("HTTP 502");
                });
    }

    @Test
    void createRefusesARequestThatIsNotAJsonObject() {
        assertThatThrownBy(() -> templates.create(CHANNEL, "[1]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> templates.create(CHANNEL, "{not json")).isInstanceOf(IllegalArgumentException.class);
        meta.verify(0, postRequestedFor(urlPathEqualTo(TEMPLATES)));
    }

    @Test
    void deleteSendsTheNameAndTheToken() {
        meta.stubFor(delete(urlPathEqualTo(TEMPLATES)).willReturn(okJson("{\"success\": true}")));

        templates.delete(CHANNEL, "recordatorio_pago");

        meta.verify(deleteRequestedFor(urlPathEqualTo(TEMPLATES))
                .withQueryParam("name", equalTo("recordatorio_pago"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void deleteRefusalIsAProviderExceptionWithMetasCode() {
        meta.stubFor(delete(urlPathEqualTo(TEMPLATES))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody(error(100, "Invalid parameter", "No existe la plantilla \"no_existe\"."))));

        assertThatThrownBy(() -> templates.delete(CHANNEL, "no_existe"))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.code()).isEqualTo(100);
                    assertThat(e.getMessage()).isEqualTo("No existe la plantilla \"no_existe\".");
                });
    }

    @Test
    void aRefusedConnectionIsAProviderExceptionForEveryCall() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        templates = client("http://127.0.0.1:" + closedPort, TOKEN, WABA_ID);

        for (Runnable call : List.<Runnable>of(
                () -> templates.listAll(CHANNEL),
                () -> templates.create(CHANNEL, "{\"name\": \"x\"}"),
                () -> templates.delete(CHANNEL, "x"))) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(ProviderException.class, e -> {
                assertThat(e.code()).isNull();
                assertThat(e.getMessage()).isEqualTo("No se pudo conectar con WhatsApp");
            });
        }
    }

    @Test
    void aCutConnectionIsAProviderException() {
        meta.stubFor(get(urlPathEqualTo(TEMPLATES)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> templates.listAll(CHANNEL))
                .isInstanceOfSatisfying(
                        ProviderException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("No se pudo conectar con WhatsApp"));
    }

    @Test
    void aChannelWithoutTokenOrAccountIdIsRefusedWithoutCallingMeta() {
        assertThatThrownBy(() -> client(meta.baseUrl(), null, WABA_ID).listAll(CHANNEL))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("token");
        assertThatThrownBy(() -> client(meta.baseUrl(), TOKEN, " ").delete(CHANNEL, "x"))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("cuenta de WhatsApp Business");
        assertThat(meta.getAllServeEvents()).isEmpty();
    }

    /** Meta's error body; with a message for people (and a subcode) when {@code userMessage} is given. */
    private static String error(int code, String message, String userMessage) {
        String user = userMessage == null
                ? ""
                : ", \"error_subcode\": 2388043, \"error_user_title\": \"Plantilla no válida\", \"error_user_msg\": \""
                        + userMessage.replace("\"", "\\\"") + "\"";
        return "{\"error\": {\"message\": \"" + message + "\", \"type\": \"OAuthException\", \"code\": " + code + user
                + ", \"fbtrace_id\": \"AbCdTrace\"}}";
    }

    private static GraphTemplates client(String baseUrl, String token, String wabaId) {
        var credentials = new ChannelCredentials(
                CHANNEL,
                new WorkspaceId(UUID.randomUUID()),
                "109876543210001",
                wabaId,
                "+56 2 2940 0000",
                token,
                "app-secret",
                "verify",
                80);
        var properties = new WhatsAppProperties(baseUrl, "v24.0", Duration.ofSeconds(2), Duration.ofSeconds(2));
        return new GraphTemplates(id -> credentials, () -> baseUrl, properties);
    }
}
