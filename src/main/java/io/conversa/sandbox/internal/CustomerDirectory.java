package io.conversa.sandbox.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The customers the simulator can chat as, read from the app's own REST API ({@code GET /api/v1/customers}) with
 * the API token provisioned in {@code conversa.identity.api-token}. Customers without a usable phone are left out.
 */
@Component
@ConditionalOnProperty(name = "conversa.sandbox.enabled", havingValue = "true")
public class CustomerDirectory {

    /** A customer to chat as: its name, its phone as typed, and the wa_id WhatsApp would give it. */
    public record Contact(String name, String phone, String waId) {}

    /** The contacts found; {@code available} is false when the API could not be asked (no token, app down). */
    public record Contacts(boolean available, List<Contact> contacts) {

        static Contacts unavailable() {
            return new Contacts(false, List.of());
        }
    }

    static final int PAGE_SIZE = 50;
    private static final Logger log = LoggerFactory.getLogger(CustomerDirectory.class);

    private final LocalApp app;
    private final Environment environment;

    public CustomerDirectory(LocalApp app, Environment environment) {
        this.app = app;
        this.environment = environment;
    }

    public Contacts search(String query) {
        String token = environment.getProperty("conversa.identity.api-token", "");
        if (token.isBlank()) {
            return Contacts.unavailable();
        }
        String path = "/api/v1/customers?size=" + PAGE_SIZE + "&query="
                + URLEncoder.encode(query == null ? "" : query.strip(), StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = app.getWithBearer(path, token);
            if (response.statusCode() != 200) {
                log.warn("The customer API answered {} to the sandbox", response.statusCode());
                return Contacts.unavailable();
            }
            return new Contacts(true, contacts(WebhookEnvelopes.JSON.readTree(response.body())));
        } catch (IOException | JacksonException e) {
            log.warn("The sandbox could not read the customer API: {}", e.toString());
            return Contacts.unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Contacts.unavailable();
        }
    }

    private List<Contact> contacts(JsonNode page) {
        String country = environment.getProperty("conversa.workspace.default-country", "CL");
        List<Contact> contacts = new ArrayList<>();
        for (JsonNode item : page.path("items")) {
            String name = SendRequests.string(item, "name");
            String phone = SendRequests.string(item, "phone");
            Optional<String> waId = WaIds.fromTypedPhone(phone, country);
            waId.ifPresent(id -> contacts.add(new Contact(name, phone, id)));
        }
        return contacts;
    }
}
