package io.conversa.whatsapp.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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
import io.conversa.inbox.spi.MediaFetcher.FetchedMedia;
import io.conversa.inbox.spi.MediaFetcher.MediaUnavailable;
import io.conversa.inbox.spi.OutboundMessage;
import io.conversa.inbox.spi.SendOutcome;
import io.conversa.inbox.spi.SendOutcome.Accepted;
import io.conversa.inbox.spi.SendOutcome.Rejected;
import io.conversa.inbox.spi.SendOutcome.Unknown;
import io.conversa.settings.ChannelCredentials;
import io.conversa.whatsapp.WhatsAppProperties;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

class GraphClientTest {

    static final String PHONE_NUMBER_ID = "109876543210001";
    static final String TOKEN = "EAAG-secret-token";
    static final String MESSAGES = "/v24.0/" + PHONE_NUMBER_ID + "/messages";
    static final UUID CHANNEL = UUID.randomUUID();

    @RegisterExtension
    static WireMockExtension meta = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    GraphClient client;
    ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void setUp() {
        client = client(meta.baseUrl(), Duration.ofSeconds(2));
        logs.start();
        Logger logger = (Logger) LoggerFactory.getLogger(GraphClient.class);
        logger.addAppender(logs);
        logger.setLevel(ch.qos.logback.classic.Level.DEBUG); // accepted sends log at debug; no token at any level
    }

    @AfterEach
    void noTokenInLogs() {
        Logger logger = (Logger) LoggerFactory.getLogger(GraphClient.class);
        logger.detachAppender(logs);
        logger.setLevel(null);
        assertThat(logs.list)
                .allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain(TOKEN));
    }

    @Test
    void acceptedSendPostsTheDocumentedRequest() {
        meta.stubFor(post(MESSAGES).willReturn(okJson("""
                {"messaging_product": "whatsapp", "contacts": [{"input": "+52 55 1234 5678", "wa_id": "5215512345678"}],
                 "messages": [{"id": "wamid.OUT1"}]}
                """).withHeader("x-fb-trace-id", "TraceOk")));

        SendOutcome outcome = client.send(GraphRequestsTest.text("Hola Ana, ¿cómo estás?", false, "wamid.IN1", null));

        assertThat(outcome).isEqualTo(new Accepted("wamid.OUT1", "5215512345678", "accepted"));
        meta.verify(postRequestedFor(urlEqualTo(MESSAGES))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "5215512345678",
                         "context": {"message_id": "wamid.IN1"},
                         "type": "text", "text": {"preview_url": false, "body": "Hola Ana, ¿cómo estás?"}}
                        """)));
        assertThat(logs.list).anySatisfy(e -> {
            assertThat(e.getFormattedMessage()).contains(PHONE_NUMBER_ID, "wamid.OUT1", "TraceOk");
            assertThat(e.getLevel()).isEqualTo(ch.qos.logback.classic.Level.DEBUG);
        });
    }

    @Test
    void templateStatusComesFromMessageStatus() {
        meta.stubFor(post(MESSAGES).willReturn(okJson("""
                {"messaging_product": "whatsapp", "contacts": [{"input": "5215512345678", "wa_id": "5215512345678"}],
                 "messages": [{"id": "wamid.OUT2", "message_status": "held_for_quality_assessment"}]}
                """)));

        var template = new OutboundMessage.Template("hello_world", "en_US", java.util.List.of());
        SendOutcome outcome = client.send(GraphRequestsTest.template(template, "bulk-1"));

        assertThat(outcome).isEqualTo(new Accepted("wamid.OUT2", "5215512345678", "held_for_quality_assessment"));
    }

    @Test
    void reEngagementIsPermanentWithSpanishExplanation() {
        stubError(
                400, 131047, "Re-engagement message", "Message failed to send because more than 24 hours have passed");

        Rejected rejected = sendText();

        assertThat(rejected.code()).isEqualTo(131047);
        assertThat(rejected.retryable()).isFalse();
        assertThat(rejected.title()).isEqualTo("(#131047) Re-engagement message");
        assertThat(rejected.details()).startsWith("Message failed to send");
        assertThat(rejected.explanation())
                .isEqualTo("Pasaron más de 24 horas desde el último mensaje del cliente: envía una plantilla.");
        assertThat(logs.list)
                .anySatisfy(e -> assertThat(e.getFormattedMessage()).contains(PHONE_NUMBER_ID, "131047", "AbCdTrace"));
    }

    @Test
    void undeliverableIsPermanent() {
        stubError(400, 131026, "Message undeliverable", "Unable to deliver message");

        assertThat(sendText()).satisfies(r -> {
            assertThat(r.code()).isEqualTo(131026);
            assertThat(r.retryable()).isFalse();
            assertThat(r.explanation()).isNotBlank();
        });
    }

    @Test
    void throughputLimitIsRetryable() {
        stubError(429, 130429, "Rate limit hit", "Too many messages sent from this phone number");

        assertThat(sendText()).satisfies(r -> {
            assertThat(r.code()).isEqualTo(130429);
            assertThat(r.retryable()).isTrue();
        });
    }

    @Test
    void pairRateLimitIsRetryableAfterAPause() {
        stubError(400, 131056, "(Business Account, Consumer Account) pair rate limit hit", "Too many messages");

        Rejected rejected = sendText();

        assertThat(rejected.retryable()).isTrue();
        assertThat(rejected.retryAfter()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    @Test
    void expiredTokenIsPermanent() {
        stubError(401, 190, "Error validating access token: Session has expired", null);

        assertThat(sendText()).satisfies(r -> {
            assertThat(r.code()).isEqualTo(190);
            assertThat(r.retryable()).isFalse();
            assertThat(r.explanation()).containsIgnoringCase("token");
        });
    }

    @Test
    void missingTemplateIsPermanent() {
        stubError(404, 132001, "Template name does not exist in the translation", "template name (x) does not exist");

        var template = new OutboundMessage.Template("no_existe", "es", java.util.List.of());
        SendOutcome outcome = client.send(GraphRequestsTest.template(template, null));

        assertThat(outcome).isInstanceOfSatisfying(Rejected.class, r -> {
            assertThat(r.code()).isEqualTo(132001);
            assertThat(r.retryable()).isFalse();
        });
    }

    @Test
    void serverErrorWithErrorBodyIsRetryable() {
        stubError(500, 131000, "Something went wrong", null);

        assertThat(sendText()).satisfies(r -> {
            assertThat(r.code()).isEqualTo(131000);
            assertThat(r.retryable()).isTrue();
        });
    }

    @Test
    void permissionErrorIsPermanentEvenWithHttp500() {
        stubError(500, 3, "Capability or permissions issue", null);

        assertThat(sendText().retryable()).isFalse();
    }

    @Test
    void unavailableWithoutBodyIsRetryable() {
        meta.stubFor(post(MESSAGES).willReturn(aResponse().withStatus(503)));

        assertThat(sendText()).satisfies(r -> {
            assertThat(r.code()).isEqualTo(503);
            assertThat(r.retryable()).isTrue();
            assertThat(r.explanation()).isNotBlank();
        });
    }

    @Test
    void slowAnswerPastTheReadTimeoutIsUnknown() {
        client = client(meta.baseUrl(), Duration.ofMillis(300));
        meta.stubFor(post(MESSAGES)
                .willReturn(okJson("{\"messages\": [{\"id\": \"wamid.LATE\"}]}").withFixedDelay(1500)));

        assertThat(client.send(GraphRequestsTest.text("Hola", false, null, null)))
                .isInstanceOf(Unknown.class);
    }

    @Test
    void connectionCutAfterTheRequestIsUnknown() {
        meta.stubFor(post(MESSAGES).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThat(client.send(GraphRequestsTest.text("Hola", false, null, null)))
                .isInstanceOf(Unknown.class);

        meta.stubFor(post(MESSAGES).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
        assertThat(client.send(GraphRequestsTest.text("Hola", false, null, null)))
                .isInstanceOf(Unknown.class);
    }

    @Test
    void successWithoutAMessageIdIsUnknown() {
        meta.stubFor(post(MESSAGES).willReturn(okJson("{}")));

        assertThat(client.send(GraphRequestsTest.text("Hola", false, null, null)))
                .isInstanceOf(Unknown.class);
    }

    @Test
    void refusedConnectionIsRetryableRejection() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        client = client("http://127.0.0.1:" + closedPort, Duration.ofSeconds(2));

        SendOutcome outcome = client.send(GraphRequestsTest.text("Hola", false, null, null));

        assertThat(outcome).isInstanceOfSatisfying(Rejected.class, r -> {
            assertThat(r.code()).isZero();
            assertThat(r.retryable()).isTrue();
            assertThat(r.explanation()).isEqualTo("No se pudo conectar con WhatsApp");
        });
    }

    @Test
    void unknownHostIsRetryableRejection() {
        client = client("http://graph.invalid", Duration.ofSeconds(2));

        assertThat(client.send(GraphRequestsTest.text("Hola", false, null, null)))
                .isInstanceOfSatisfying(
                        Rejected.class, r -> assertThat(r.retryable()).isTrue());
    }

    @Test
    void invalidMessageIsRefusedWithoutCallingMeta() {
        SendOutcome outcome = client.send(GraphRequestsTest.text("x".repeat(5000), false, null, null));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Rejected.class, r -> assertThat(r.retryable()).isFalse());
        meta.verify(0, postRequestedFor(urlEqualTo(MESSAGES)));
    }

    @Test
    void markReadPostsTheReadStatus() {
        meta.stubFor(post(MESSAGES).willReturn(okJson("{\"success\": true}")));

        SendOutcome outcome = client.markRead(CHANNEL, "wamid.IN7");

        assertThat(outcome).isInstanceOf(Accepted.class);
        meta.verify(postRequestedFor(urlEqualTo(MESSAGES))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(equalToJson(
                        "{\"messaging_product\": \"whatsapp\", \"status\": \"read\", \"message_id\": \"wamid.IN7\"}")));
    }

    @Test
    void fetchesMediaMetadataThenTheBytes() throws Exception {
        String downloadPath = "/whatsapp_business/attachments/?mid=2621&ext=1700000000&hash=ATv%2Bx_Yz";
        meta.stubFor(get("/v24.0/2621").willReturn(okJson("""
                {"messaging_product": "whatsapp", "url": "%s", "mime_type": "image/jpeg",
                 "sha256": "81d3bd8a", "file_size": "5", "id": "2621"}
                """.formatted(meta.baseUrl() + downloadPath))));
        meta.stubFor(get(urlEqualTo(downloadPath))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody("JPEG!")));

        FetchedMedia media = client.fetch(CHANNEL, "2621", 1024);

        assertThat(media.mimeType()).isEqualTo("image/jpeg");
        assertThat(media.size()).isEqualTo(5);
        assertThat(new String(media.content().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("JPEG!");
        meta.verify(getRequestedFor(urlEqualTo("/v24.0/2621")).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        meta.verify(getRequestedFor(urlEqualTo(downloadPath)));
    }

    @Test
    void refusesMediaLargerThanTheLimitBeforeDownloading() {
        meta.stubFor(get("/v24.0/2622").willReturn(okJson("""
                {"url": "%s/download/2622", "mime_type": "video/mp4", "file_size": 5000000, "id": "2622"}
                """.formatted(meta.baseUrl()))));

        assertThatThrownBy(() -> client.fetch(CHANNEL, "2622", 1000))
                .isInstanceOfSatisfying(
                        MediaUnavailable.class, e -> assertThat(e.retryable()).isFalse());
        meta.verify(0, getRequestedFor(urlPathEqualTo("/download/2622")));
    }

    @Test
    void capsTheDownloadWhenTheSizeWasNotAnnounced() {
        meta.stubFor(get("/v24.0/2623").willReturn(okJson("""
                {"url": "%s/download/2623", "mime_type": "application/pdf", "id": "2623"}
                """.formatted(meta.baseUrl()))));
        meta.stubFor(get("/download/2623").willReturn(aResponse().withBody("x".repeat(2000))));

        assertThatThrownBy(() -> client.fetch(CHANNEL, "2623", 1000))
                .isInstanceOfSatisfying(
                        MediaUnavailable.class, e -> assertThat(e.retryable()).isFalse());
    }

    @Test
    void mimeTypeFallsBackToTheDownloadContentType() throws Exception {
        meta.stubFor(get("/v24.0/2625").willReturn(okJson("""
                {"url": "%s/download/2625", "id": "2625"}
                """.formatted(meta.baseUrl()))));
        meta.stubFor(get("/download/2625")
                .willReturn(aResponse().withHeader("Content-Type", "audio/ogg").withBody("OggS")));

        FetchedMedia media = client.fetch(CHANNEL, "2625", 1000);

        assertThat(media.mimeType()).isEqualTo("audio/ogg");
        assertThat(media.content().readAllBytes()).hasSize(4);
    }

    @Test
    void mediaErrorsFollowTheClassifier() {
        meta.stubFor(get("/v24.0/404404")
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody(errorBody(100, "Unsupported get request", null))));
        meta.stubFor(get("/v24.0/500500").willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> client.fetch(CHANNEL, "404404", 1000))
                .isInstanceOfSatisfying(
                        MediaUnavailable.class, e -> assertThat(e.retryable()).isFalse());
        assertThatThrownBy(() -> client.fetch(CHANNEL, "500500", 1000))
                .isInstanceOfSatisfying(
                        MediaUnavailable.class, e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void expiredDownloadUrlIsRetryable() {
        meta.stubFor(get("/v24.0/2624").willReturn(okJson("""
                {"url": "%s/download/2624", "mime_type": "audio/ogg", "file_size": 10, "id": "2624"}
                """.formatted(meta.baseUrl()))));
        meta.stubFor(get("/download/2624").willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(() -> client.fetch(CHANNEL, "2624", 1000))
                .isInstanceOfSatisfying(
                        MediaUnavailable.class, e -> assertThat(e.retryable()).isTrue());
    }

    private Rejected sendText() {
        SendOutcome outcome = client.send(GraphRequestsTest.text("Hola", false, null, null));
        assertThat(outcome).isInstanceOf(Rejected.class);
        return (Rejected) outcome;
    }

    private static void stubError(int status, int code, String message, String details) {
        meta.stubFor(post(MESSAGES)
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(errorBody(code, "(#" + code + ") " + message, details))));
    }

    private static String errorBody(int code, String message, String details) {
        String errorData = details == null
                ? ""
                : ", \"error_data\": {\"messaging_product\": \"whatsapp\", \"details\": \"" + details + "\"}";
        return "{\"error\": {\"message\": \"" + message + "\", \"type\": \"OAuthException\", \"code\": " + code
                + errorData + ", \"fbtrace_id\": \"AbCdTrace\"}}";
    }

    private static GraphClient client(String baseUrl, Duration readTimeout) {
        var credentials = new ChannelCredentials(
                CHANNEL,
                new WorkspaceId(UUID.randomUUID()),
                PHONE_NUMBER_ID,
                "209876543210001",
                "+56 2 2940 0000",
                TOKEN,
                "app-secret",
                "verify",
                80);
        var properties = new WhatsAppProperties(baseUrl, "v24.0", Duration.ofSeconds(2), readTimeout);
        return new GraphClient(id -> credentials, () -> baseUrl, properties);
    }
}
