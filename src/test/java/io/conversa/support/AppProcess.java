package io.conversa.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The application as a separate operating-system process (a JVM of its own, on the test class path), against a
 * PostgreSQL database of its own and a fake Graph API: what tests need to crash an instance for real
 * ({@link #kill}, SIGKILL) or to run two instances side by side.
 */
public final class AppProcess implements AutoCloseable {

    public static final String TOKEN = "process-test-token-0123456789abcdefghijklmnopqrstuv";

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private AppProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts an instance and waits until it answers its health check (at most a minute). */
    public static AppProcess start(String database, String graphUrl, Map<String, String> settings, Path logFile)
            throws IOException {
        int port = freePort();
        Map<String, String> env = new HashMap<>();
        env.put("SPRING_DATASOURCE_URL", jdbcUrl(database));
        env.put("SPRING_DATASOURCE_USERNAME", "postgres");
        env.put("SPRING_DATASOURCE_PASSWORD", "");
        env.put("CONVERSA_MASTER_KEY", "process-test-master-key-0123456789");
        env.put("CONVERSA_SANDBOX", "false");
        env.put("CONVERSA_DEMO_DATA", "false");
        env.put("CONVERSA_API_TOKEN", TOKEN);
        env.put("CONVERSA_WHATSAPP_PHONE_NUMBER_ID", "106540352242922");
        env.put("CONVERSA_WHATSAPP_BUSINESS_ACCOUNT_ID", "102290129340398");
        env.put("CONVERSA_WHATSAPP_ACCESS_TOKEN", "process-test");
        env.put("CONVERSA_WHATSAPP_APP_SECRET", "process-test");
        env.put("CONVERSA_WHATSAPP_VERIFY_TOKEN", "process-test");
        env.put("CONVERSA_WHATSAPP_GRAPH_URL", graphUrl);
        env.put(
                "CONVERSA_DATA_DIR",
                Files.createTempDirectory("conversa-process").toString());
        env.put("PORT", String.valueOf(port));
        env.putAll(settings);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        java,
                        "-Xmx384m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.conversa.ConversaApplication")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(env);
        AppProcess app = new AppProcess(builder.start(), port);
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(300))
                .until(app::healthy);
        return app;
    }

    /** Drops and creates an empty database (the instance's Flyway fills it). */
    public static void recreateDatabase(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        }
    }

    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
    }

    public static String jdbcUrl(String database) {
        String url = System.getenv()
                .getOrDefault("CONVERSA_TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/conversa_test");
        return url.substring(0, url.lastIndexOf('/') + 1) + database;
    }

    /** A database name derived from the test database's, so two checkouts testing at once do not share it. */
    public static String databaseNamed(String suffix) {
        String test = jdbcUrl("");
        String url = System.getenv().getOrDefault("CONVERSA_TEST_DATABASE_URL", test + "conversa_test");
        return url.substring(url.lastIndexOf('/') + 1) + "_" + suffix;
    }

    public HttpResponse<String> call(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TOKEN)
                .timeout(Duration.ofSeconds(60));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The instance dies at once, as in a crash or an out-of-memory kill: nothing runs on the way out. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private boolean healthy() {
        if (!process.isAlive()) {
            throw new IllegalStateException("The app process ended (exit " + process.exitValue() + ")");
        }
        try {
            return http.send(
                                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
