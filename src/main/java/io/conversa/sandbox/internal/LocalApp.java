package io.conversa.sandbox.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The app the sandbox serves, reached over HTTP on its own port like Meta or an API client would: the sandbox
 * imports none of its classes. The port is read at call time ({@code local.server.port} exists once the server
 * listens).
 */
@Component
@ConditionalOnProperty(name = "conversa.sandbox.enabled", havingValue = "true")
public class LocalApp {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Environment environment;
    private final HttpClient http;

    public LocalApp(Environment environment) {
        this.environment = environment;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public URI uri(String pathAndQuery) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String contextPath = environment.getProperty("server.servlet.context-path", "");
        return URI.create("http://localhost:" + port + contextPath + pathAndQuery);
    }

    /** POSTs JSON bytes exactly as given, with the extra header; answers the HTTP status. */
    public int postJson(String path, byte[] body, String headerName, String headerValue)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "facebookexternalua")
                .header(headerName, headerValue)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** GETs with a bearer token; answers the response with its body as text. */
    public HttpResponse<String> getWithBearer(String pathAndQuery, String token)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(pathAndQuery))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
