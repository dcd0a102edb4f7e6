package io.conversa.payments.internal;

import com.mercadopago.MercadoPagoConfig;
import com.mercadopago.exceptions.MPApiException;
import com.mercadopago.exceptions.MPException;
import com.mercadopago.net.MPHttpClient;
import com.mercadopago.net.MPRequest;
import com.mercadopago.net.MPResponse;
import io.conversa.payments.PaymentsProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The HTTP client handed to sdk-java's clients in place of its default one, for two reasons. The SDK builds every URL
 * on the constant {@link MercadoPagoConfig#BASE_URL} and offers no setting for another base, so this client swaps that
 * prefix for the configured one (a fake in tests; its default client would not even speak plain HTTP to it). And the
 * SDK's default client retries failed requests; this one sends each request exactly once, with a timeout.
 */
final class MercadoPagoHttp implements MPHttpClient {

    /** Headers java.net.http sets itself and refuses to be given. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final String apiBase;
    private final Duration timeout;
    private final HttpClient http;

    /** @param apiBase the API's base URL; blank: Mercado Pago's own */
    MercadoPagoHttp(String apiBase, Duration timeout) {
        this.apiBase = stripTrailingSlash(
                apiBase == null || apiBase.isBlank() ? PaymentsProperties.MERCADOPAGO_API : apiBase.trim());
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public MPResponse send(MPRequest request) throws MPException, MPApiException {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(rebase(request.getUri()))).timeout(timeout);
        if (request.getHeaders() != null) {
            for (Map.Entry<String, String> header : request.getHeaders().entrySet()) {
                if (header.getValue() != null
                        && !RESTRICTED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                    builder.header(header.getKey(), header.getValue());
                }
            }
        }
        HttpRequest.BodyPublisher body = request.getPayload() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.getPayload().toString(), StandardCharsets.UTF_8);
        builder.method(request.getMethod().name(), body);
        HttpResponse<String> response;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MPException(
                    "Mercado Pago could not be reached: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MPException("Interrupted while calling Mercado Pago", e);
        }
        MPResponse answer =
                new MPResponse(response.statusCode(), response.headers().map(), response.body());
        if (response.statusCode() > 299) {
            throw new MPApiException("Mercado Pago answered " + response.statusCode(), answer);
        }
        return answer;
    }

    /** The SDK's absolute URL moved onto the configured base. */
    String rebase(String uri) {
        if (uri.startsWith(MercadoPagoConfig.BASE_URL)) {
            return apiBase + uri.substring(MercadoPagoConfig.BASE_URL.length());
        }
        return uri.startsWith("/") ? apiBase + uri : uri;
    }

    private static String stripTrailingSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
