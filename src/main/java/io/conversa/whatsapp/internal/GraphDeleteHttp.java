package io.conversa.whatsapp.internal;

import io.conversa.whatsapp.internal.GraphHttp.NoAnswer;
import io.conversa.whatsapp.internal.GraphHttp.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The Graph API's {@code DELETE} calls (template deletion), which {@link GraphHttp} does not make: same JDK client,
 * same {@link Reply} for any HTTP status and {@link NoAnswer} for a call that got none.
 */
final class GraphDeleteHttp {

    private final RestClient http;

    GraphDeleteHttp(Duration connectTimeout, Duration readTimeout) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(readTimeout);
        this.http = RestClient.builder()
                .requestFactory(factory)
                .defaultHeader(HttpHeaders.USER_AGENT, "Conversa/1.0")
                .build();
    }

    Reply delete(URI uri, String accessToken) {
        try {
            return http.delete()
                    .uri(uri)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                    .accept(MediaType.APPLICATION_JSON)
                    .exchangeForRequiredValue((request, response) -> read(response), true);
        } catch (RestClientException e) {
            Throwable root = e.getMostSpecificCause();
            String reason =
                    root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
            throw new NoAnswer(reason, !GraphHttp.nothingSent(e), e);
        }
    }

    private static Reply read(ClientHttpResponse response) throws IOException {
        HttpHeaders headers = response.getHeaders();
        byte[] body;
        try (InputStream in = response.getBody()) {
            body = in.readNBytes(GraphHttp.MAX_JSON_BYTES);
        }
        return new Reply(
                response.getStatusCode().value(), body, headers.getContentType(), headers.getFirst("x-fb-trace-id"));
    }
}
