package io.conversa.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WhatsApp sandbox's customers' phones, driven through the simulator's API with the signed-in page's session:
 * a customer writes, and what their phone received.
 */
final class SandboxPhones {

    /** A customer of the demo data the simulator can write as. */
    record Contact(String name, String waId) {}

    private final Page page;
    private final String base;

    SandboxPhones(Page page, int port) {
        this.page = page;
        this.base = "http://localhost:" + port;
    }

    List<Contact> contacts() {
        List<Contact> contacts = new ArrayList<>();
        for (JsonNode c :
                json(page.request().get(base + "/sandbox/api/contacts")).path("customers")) {
            contacts.add(new Contact(c.path("name").asString(), c.path("waId").asString()));
        }
        return contacts;
    }

    /** A new contact of the simulator (a number no customer has), as WhatsApp will name it. */
    Contact newContact(String phone, String name) {
        JsonNode made = json(page.request()
                .post(
                        base + "/sandbox/api/contacts",
                        RequestOptions.create()
                                .setHeader(csrfHeader(), csrfToken())
                                .setData(Map.of("phone", phone, "name", name))));
        return new Contact(made.path("name").asString(), made.path("waId").asString());
    }

    void write(Contact contact, String text) {
        json(page.request()
                .post(
                        base + "/sandbox/api/conversations/" + contact.waId() + "/text",
                        RequestOptions.create()
                                .setHeader(csrfHeader(), csrfToken())
                                .setData(Map.of("text", text, "name", contact.name()))));
    }

    /** The business message the customer's phone received that matches, once it has arrived. */
    JsonNode received(String waId, Predicate<JsonNode> matches, Duration wait) {
        List<JsonNode> found = new ArrayList<>();
        await().atMost(wait).until(() -> {
            JsonNode chat = json(page.request().get(base + "/sandbox/api/conversations/" + waId));
            for (JsonNode m : chat.path("messages")) {
                if (!m.path("fromCustomer").asBoolean() && matches.test(m)) {
                    found.add(m);
                    return true;
                }
            }
            return false;
        });
        return found.get(0);
    }

    private String csrfHeader() {
        return page.locator("meta[name=_csrf_header]").getAttribute("content");
    }

    private String csrfToken() {
        return page.locator("meta[name=_csrf]").getAttribute("content");
    }

    static JsonNode json(APIResponse response) {
        assertThat(response.ok())
                .as("%s %s", response.status(), response.text())
                .isTrue();
        return JsonMapper.shared().readTree(response.text());
    }
}
