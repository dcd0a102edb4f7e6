package io.conversa.live.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.conversa.identity.Workspaces;
import io.conversa.inbox.MessageStatusChanged;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The zero-setup run (one instance on H2) over real HTTP: notices go from the committing thread straight to the
 * browsers' streams, a rolled-back change sends nothing, and a visitor who is not signed in never gets a stream.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:live-zero-setup;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
                    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "conversa.demo.enabled=false",
            "conversa.settings.master-key=live-test-master-key-0123456789abcdef",
            "conversa.identity.admin-email=" + LiveZeroSetupTests.EMAIL,
            "conversa.identity.admin-password=" + LiveZeroSetupTests.PASSWORD
        })
class LiveZeroSetupTests {

    static final String EMAIL = "live@zero-setup.test";
    static final String PASSWORD = "live-zero-setup-password";
    static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("conversa.settings.data-dir", () -> dataDir.toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    Broadcast broadcast;

    @Autowired
    Workspaces workspaces;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @Test
    void aSignedInBrowserHearsCommittedChangesAndNeverRolledBackOnes() throws Exception {
        assertThat(broadcast).isInstanceOf(InProcessBroadcast.class);
        signIn();
        HttpResponse<InputStream> stream = browser.send(
                HttpRequest.newBuilder(uri("/live/events"))
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(stream.headers().firstValue("X-Accel-Buffering")).hasValue("no");
        List<String> lines = readInBackground(stream.body());
        await().atMost(WAIT).until(() -> lines.contains("event:ready"));

        UUID rolledBack = statusChange(false);
        UUID committed = statusChange(true);

        await().atMost(WAIT).until(() -> lines.stream().anyMatch(line -> line.contains(committed.toString())));
        assertThat(lines).noneMatch(line -> line.contains(rolledBack.toString())); // it would have come first
        assertThat(lines).contains("event:status");
        assertThat(lines)
                .filteredOn(line -> line.contains(committed.toString()))
                .singleElement()
                .satisfies(
                        line -> assertThat(line).contains("\"status\":\"read\"").doesNotContain("workspace"));
        stream.body().close();
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToSignInAndNeverGetsAStream() throws Exception {
        HttpClient visitor = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> refused = visitor.send(
                HttpRequest.newBuilder(uri("/live/events"))
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isIn(302, 401);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).doesNotStartWith("text/event-stream");
        assertThat(refused.body()).doesNotContain("event:");
        // signing in afterwards does not land on the stream that was refused
        browser.send(
                HttpRequest.newBuilder(uri("/live/events"))
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signIn().uri().getPath()).isNotEqualTo("/live/events");
    }

    /** A message's status changes in a transaction that commits or rolls back; returns the message id. */
    UUID statusChange(boolean commit) {
        UUID message = UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(
                    new MessageStatusChanged(workspaces.primary().workspaceId(), UUID.randomUUID(), message, "read"));
            if (!commit) {
                status.setRollbackOnly();
            }
        });
        return message;
    }

    HttpResponse<String> signIn() throws Exception {
        String loginPage = browser.send(
                        HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).isTrue();
        String form = "username=" + URLEncoder.encode(EMAIL, StandardCharsets.UTF_8) + "&password=" + PASSWORD
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.uri().getPath()).isNotEqualTo("/login");
        return signedIn;
    }

    static List<String> readInBackground(InputStream body) {
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException closed) {
                // the test is over
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
