package io.conversa.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sandbox in the whole app, over real HTTP: a signed-in user opens the simulator, picks a demo customer from the
 * app's own API, writes as that customer (a signed webhook the app takes), and the business's reply sent through the
 * fake Graph API comes back with sent, delivered and read statuses.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "conversa.sandbox.enabled=true",
            "conversa.sandbox.sent-after=50ms",
            "conversa.sandbox.delivered-after=100ms",
            "conversa.sandbox.read-after=150ms",
            "conversa.sandbox.webhook-first-retry=100ms"
        })
class SandboxRoundTripTests {

    static final String API_TOKEN = "sandbox-round-trip-token-0123456789";

    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        registry.add("conversa.identity.api-token", () -> API_TOKEN);
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:" + dataDir.resolve("conversa")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @Test
    void aCustomerWritesAndTheBusinessAnswersThroughTheSandbox() throws Exception {
        signIn();
        HttpResponse<String> page = get("/sandbox");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsOnlyOnce("id=\"sim-messages\"").contains("/sandbox/simulator.js");
        String csrf = meta(page.body(), "_csrf");
        String csrfHeader = meta(page.body(), "_csrf_header");

        JsonNode contacts = json(get("/sandbox/api/contacts?query="));
        assertThat(contacts.path("directoryAvailable").booleanValue()).isTrue();
        String waId = contacts.path("customers").path(0).path("waId").stringValue();
        assertThat(waId).matches("\\d{8,15}");

        HttpResponse<String> written = post(
                "/sandbox/api/conversations/" + waId + "/text",
                "{\"name\": \"Ana\", \"text\": \"Hola, ¿cuánto debo?\"}",
                csrfHeader,
                csrf);
        assertThat(written.statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> lastMessage(waId).path("status").stringValue(),
                        status -> status.equals("received") || status.equals("read"));

        HttpResponse<String> sent = sendAsBusiness(waId, "Su saldo es $45.000");
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(json(sent).path("messages").path(0).path("id").stringValue()).startsWith("wamid.");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> lastMessage(waId).path("status").stringValue(), "read"::equals);
        assertThat(lastMessage(waId).path("fromCustomer").booleanValue()).isFalse();
    }

    @Test
    void theSimulatorRefusesAnEmptyTextAndSendsItsSampleImageWithACaption() throws Exception {
        signIn();
        String page = get("/sandbox").body();
        String csrf = meta(page, "_csrf");
        String csrfHeader = meta(page, "_csrf_header");
        String waId = "56911112222";

        HttpResponse<String> empty = post(
                "/sandbox/api/conversations/" + waId + "/text",
                "{\"name\": \"Ana\", \"text\": \"  \"}",
                csrfHeader,
                csrf);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty).path("errors").path(0).path("field").stringValue())
                .isEqualTo("text");

        HttpResponse<String> image = postCaptionOnlyImage(waId, "Mi comprobante", csrfHeader, csrf);
        assertThat(image.statusCode()).isEqualTo(202);

        JsonNode content = lastMessage(waId).path("content");
        assertThat(content.path("type").stringValue()).isEqualTo("image");
        assertThat(content.path("caption").stringValue()).isEqualTo("Mi comprobante");
        HttpResponse<byte[]> png = http.send(
                HttpRequest.newBuilder(uri(
                                "/sandbox/api/media/" + content.path("mediaId").stringValue()))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
    }

    @Test
    void theFakeGraphApiIsPublicButWantsTheAccessToken() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(graphMessagesPath()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        HttpResponse<String> refused = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(json(refused).path("error").path("code").intValue()).isEqualTo(190);
    }

    /** A multipart image post without a file, as the page's "sample photo" button sends it. */
    private HttpResponse<String> postCaptionOnlyImage(String waId, String caption, String csrfHeader, String csrf)
            throws IOException, InterruptedException {
        String boundary = "sandbox-boundary";
        String form = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\n" + caption
                + "\r\n--" + boundary + "--\r\n";
        return http.send(
                HttpRequest.newBuilder(uri("/sandbox/api/conversations/" + waId + "/image"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header(csrfHeader, csrf)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode lastMessage(String waId) throws IOException, InterruptedException {
        JsonNode messages = json(get("/sandbox/api/conversations/" + waId)).path("messages");
        return messages.path(messages.size() - 1);
    }

    private HttpResponse<String> sendAsBusiness(String waId, String text) throws IOException, InterruptedException {
        String body = """
                {"messaging_product": "whatsapp", "to": "%s", "type": "text", "text": {"body": "%s"}}""".formatted(waId, text);
        HttpRequest request = HttpRequest.newBuilder(uri(graphMessagesPath()))
                .header("Authorization", "Bearer " + environment.getProperty("conversa.whatsapp.access-token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String graphMessagesPath() {
        return "/sandbox/graph/v24.0/" + environment.getProperty("conversa.whatsapp.phone-number-id") + "/messages";
    }

    private void signIn() throws IOException, InterruptedException {
        String csrf = formToken(get("/login").body());
        String form = "username=" + URLEncoder.encode("admin@conversa.demo", StandardCharsets.UTF_8)
                + "&password=conversa-demo&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.uri().getPath()).isNotEqualTo("/login");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json, String csrfHeader, String csrf)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header(csrfHeader, csrf)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }

    private static String meta(String html, String name) {
        Matcher matcher = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]+)\"")
                .matcher(html);
        assertThat(matcher.find()).as("the page carries meta " + name).isTrue();
        return matcher.group(1);
    }

    private static String formToken(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("login form carries a CSRF token").isTrue();
        return matcher.group(1);
    }
}
