package io.conversa.whatsapp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLHandshakeException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * The HTTP exchanges with the Graph API: every status comes back as a {@link Reply}, and a call that got no answer
 * as a {@link NoAnswer} saying whether the request may have reached Meta.
 *
 * <p>Uses the JDK {@link HttpClient}, which never silently repeats a POST (unlike {@code HttpURLConnection}, which
 * may resend it once): Meta has no idempotency key, so a resent message would reach the customer twice.
 */
final class GraphHttp {

    static final int MAX_JSON_BYTES = 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.shared();

    /** A status and (up to the read limit) body Meta answered. */
    record Reply(int status, byte[] body, MediaType contentType, String traceId) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The body as JSON; a missing node when it is empty or not JSON. */
        JsonNode json() {
            try {
                return body.length == 0 ? MissingNode.getInstance() : JSON.readTree(body);
            } catch (RuntimeException notJson) {
                return MissingNode.getInstance();
            }
        }
    }

    /** No answer. {@code maybeSent}: the request may have reached Meta (a timeout, a cut connection). */
    static final class NoAnswer extends RuntimeException {
        private final boolean maybeSent;

        NoAnswer(String message, boolean maybeSent, Throwable cause) {
            super(message, cause);
            this.maybeSent = maybeSent;
        }

        boolean maybeSent() {
            return maybeSent;
        }
    }

    private final RestClient http;

    GraphHttp(Duration connectTimeout, Duration readTimeout) {
        // An executor of its own: without one, Spring writes each request body on a new thread (a thread per send)
        HttpClient client = HttpClient.newBuilder()
                .executor(Executors.newCachedThreadPool(runnable -> {
                    Thread thread = new Thread(runnable, "graph-http");
                    thread.setDaemon(true);
                    return thread;
                }))
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(readTimeout);
        this.http = RestClient.builder()
                .requestFactory(factory)
                .defaultHeader(HttpHeaders.USER_AGENT, "Conversa/1.0")
                .build();
    }

    Reply postJson(URI uri, String accessToken, Object body) {
        byte[] bytes = JSON.writeValueAsBytes(body);
        try {
            return http.post()
                    .uri(uri)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(bytes)
                    .exchangeForRequiredValue((request, response) -> read(response, MAX_JSON_BYTES), true);
        } catch (RestClientException e) {
            throw noAnswer(e);
        }
    }

    /** GETs {@code uri}, reading at most {@code limit} bytes of the body. */
    Reply get(URI uri, String accessToken, long limit) {
        try {
            return http.get()
                    .uri(uri)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                    .exchangeForRequiredValue((request, response) -> read(response, limit), true);
        } catch (RestClientException e) {
            throw noAnswer(e);
        }
    }

    private static Reply read(ClientHttpResponse response, long limit) throws IOException {
        int status = response.getStatusCode().value();
        HttpHeaders headers = response.getHeaders();
        int cap = (int) Math.min(Math.max(limit, 0), Integer.MAX_VALUE - 16);
        byte[] body;
        try (InputStream in = response.getBody()) {
            body = in.readNBytes(cap);
        }
        return new Reply(status, body, headers.getContentType(), headers.getFirst("x-fb-trace-id"));
    }

    private static NoAnswer noAnswer(RestClientException e) {
        Throwable root = e.getMostSpecificCause();
        String reason = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return new NoAnswer(reason, !nothingSent(e), e);
    }

    /** Whether the failure happened before any byte of the request could reach the server. */
    static boolean nothingSent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException
                    || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException
                    || t instanceof UnresolvedAddressException
                    || t instanceof HttpConnectTimeoutException
                    || t instanceof SSLHandshakeException) {
                return true;
            }
        }
        return false;
    }
}
