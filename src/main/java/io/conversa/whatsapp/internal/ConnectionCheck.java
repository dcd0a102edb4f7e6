package io.conversa.whatsapp.internal;

import io.conversa.settings.ChannelCredentials;
import io.conversa.whatsapp.WhatsAppProperties;
import java.net.http.HttpClient;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/** "Probar conexión": asks the Graph API for the number with the stored token and says what came back. */
@Component
public class ConnectionCheck {

    /** The answer in words: ok with the number's name and quality, or Meta's error. */
    public record Result(
            boolean ok,
            String verifiedName,
            String displayPhoneNumber,
            String qualityRating,
            Integer errorCode,
            String errorMessage) {}

    private final RestClient rest;
    private final WhatsAppProperties properties;
    private final Environment environment;

    ConnectionCheck(WhatsAppProperties properties, Environment environment) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(properties.readTimeout());
        this.rest = RestClient.builder().requestFactory(factory).build();
        this.properties = properties;
        this.environment = environment;
    }

    @SuppressWarnings("unchecked")
    public Result check(ChannelCredentials channel) {
        if (channel.accessToken() == null) {
            return new Result(false, null, null, null, null, "Falta el Access Token.");
        }
        String base = environment.getProperty("conversa.whatsapp.graph-url", properties.graphUrl());
        try {
            Map<String, Object> number = rest.get()
                    .uri(
                            base
                                    + "/{version}/{id}?fields=verified_name,display_phone_number,quality_rating,throughput",
                            properties.apiVersion(),
                            channel.phoneNumberId())
                    .header("Authorization", "Bearer " + channel.accessToken())
                    .retrieve()
                    .body(Map.class);
            return new Result(
                    true,
                    (String) number.get("verified_name"),
                    (String) number.get("display_phone_number"),
                    (String) number.get("quality_rating"),
                    null,
                    null);
        } catch (RestClientResponseException e) {
            Map<String, Object> body = e.getResponseBodyAs(Map.class);
            Map<String, Object> error =
                    body == null ? Map.of() : (Map<String, Object>) body.getOrDefault("error", Map.of());
            Integer code = error.get("code") instanceof Number n
                    ? n.intValue()
                    : e.getStatusCode().value();
            Object message = error.getOrDefault("message", e.getStatusText());
            return new Result(false, null, null, null, code, String.valueOf(message));
        } catch (ResourceAccessException e) {
            return new Result(false, null, null, null, null, "No se pudo conectar con la Graph API: " + e.getMessage());
        }
    }
}
