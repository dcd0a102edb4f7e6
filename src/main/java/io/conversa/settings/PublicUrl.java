package io.conversa.settings;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The base URL where people and providers reach this app ({@code CONVERSA_PUBLIC_URL}; without it, this machine's
 * port): Meta's webhook URL, payment links.
 */
@Component
public class PublicUrl {

    private final Environment environment;

    PublicUrl(Environment environment) {
        this.environment = environment;
    }

    /** The base URL without a trailing slash. */
    public String base() {
        String configured = environment.getProperty("conversa.public-url");
        if (configured != null && !configured.isBlank()) {
            return configured.strip().replaceAll("/+$", "");
        }
        return "http://localhost:" + environment.getProperty("local.server.port", "8080");
    }
}
