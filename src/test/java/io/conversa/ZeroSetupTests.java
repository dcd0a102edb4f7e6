package io.conversa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The zero-setup default: embedded H2 file database, demo data on because no external database is configured, and
 * a real server. Signs in as the demo admin over HTTP and opens the inbox and the customer list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ZeroSetupTests {

    static final String TOKEN = "zero-setup-provisioned-token-0123456789";

    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        registry.add("conversa.identity.api-token", () -> TOKEN);
        registry.add("conversa.settings.data-dir", () -> dataDir.toString());
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
    void demoAdminSignsInAndSeesTheInboxAndTwoHundredCustomers() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.body()).contains("Iniciar sesión");

        HttpResponse<String> signedIn = signIn(csrfToken(login.body()));
        assertThat(sessionCookies(signedIn))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(signedIn.uri().getPath()).isEqualTo("/conversations");
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body()).contains("Conversaciones").contains("Carolina Soto");

        HttpResponse<String> customers = get("/customers");
        assertThat(customers.statusCode()).isEqualTo(200);
        assertThat(customers.body()).contains("Mostrando 1–25 de 200");
    }

    @Test
    void apiErrorsOutsideControllersAreProblemDetailsAndPagesGetTheErrorPage() throws Exception {
        HttpResponse<String> api = http.send(
                HttpRequest.newBuilder(uri("/api/v1/no-such-thing"))
                        .header("Authorization", "Bearer " + TOKEN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"status\":404");

        HttpResponse<String> customers = http.send(
                HttpRequest.newBuilder(uri("/api/v1/customers?size=1"))
                        .header("Authorization", "Bearer " + TOKEN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(customers.body()).contains("\"total\":200");
    }

    /** Every session cookie set along the redirects that led to this response. */
    private static List<String> sessionCookies(HttpResponse<?> response) {
        List<String> cookies = new ArrayList<>();
        for (HttpResponse<?> r = response; r != null; r = r.previousResponse().orElse(null)) {
            r.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("CONVERSA_SESSION="))
                    .forEach(cookies::add);
        }
        return cookies;
    }

    private HttpResponse<String> signIn(String csrf) throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode("admin@conversa.demo", StandardCharsets.UTF_8)
                + "&password=conversa-demo&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrfToken(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("login form carries a CSRF token").isTrue();
        return matcher.group(1);
    }
}
