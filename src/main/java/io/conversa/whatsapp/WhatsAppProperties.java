package io.conversa.whatsapp;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Graph API connection ({@code conversa.whatsapp.*}; the number's own credentials live in settings).
 *
 * @param graphUrl base URL of the Graph API ({@code CONVERSA_WHATSAPP_GRAPH_URL}); the sandbox's when it is on
 * @param apiVersion Graph API version ({@code CONVERSA_WHATSAPP_API_VERSION})
 * @param connectTimeout connection timeout of Graph calls
 * @param readTimeout read timeout of Graph calls: past it a send's outcome is unknown
 */
@ConfigurationProperties("conversa.whatsapp")
public record WhatsAppProperties(
        @DefaultValue("https://graph.facebook.com") String graphUrl,
        @DefaultValue("v24.0") String apiVersion,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("20s") Duration readTimeout) {}
