package io.conversa.whatsapp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLHandshakeException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
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

    private final HttpClient http;
    private final Duration readTimeout;

    GraphHttp(Duration connectTimeout, Duration readTimeout) {
        this.readTimeout = readTimeout;
        this.http = HttpClient.newBuilder()
                .executor(Executors.newCachedThreadPool(runnable -> {
                    Thread thread = new Thread(runnable, "graph-http");
                    thread.setDaemon(true);
                    return thread;
                }))
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    Reply postJson(URI uri, String accessToken, Object body) {
        return exchange(
                request(uri, accessToken)
                        .header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                        .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                        .build(),
                MAX_JSON_BYTES);
    }

    /** GETs {@code uri}, reading at most {@code limit} bytes of the body. */
    Reply get(URI uri, String accessToken, long limit) {
        return exchange(request(uri, accessToken).GET().build(), limit);
    }

    private HttpRequest.Builder request(URI uri, String accessToken) {
        return HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header(HttpHeaders.USER_AGENT, "Conversa/1.0")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken);
    }

    /**
     * One exchange on the calling thread, the request body given as bytes (the JDK client writes it directly; Spring's
     * client adapter wrote it from another thread through a stream, a hand-over per request).
     */
    private Reply exchange(HttpRequest request, long limit) {
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw noAnswer(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NoAnswer("interrupted", true, e);
        }
        int cap = (int) Math.min(Math.max(limit, 0), Integer.MAX_VALUE - 16);
        byte[] body;
        try (InputStream in = response.body()) {
            body = in.readNBytes(cap);
        } catch (IOException e) {
            // the answer's status came, its body was cut: Meta got the request
            throw new NoAnswer(reason(e), true, e);
        }
        MediaType contentType = response.headers()
                .firstValue(HttpHeaders.CONTENT_TYPE)
                .map(GraphHttp::mediaType)
                .orElse(null);
        return new Reply(
                response.statusCode(),
                body,
                contentType,
                response.headers().firstValue("x-fb-trace-id").orElse(null));
    }

    private static MediaType mediaType(String header) {
        try {
            return MediaType.parseMediaType(header);
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }

    private static NoAnswer noAnswer(IOException e) {
        return new NoAnswer(reason(e), !nothingSent(e), e);
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
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
