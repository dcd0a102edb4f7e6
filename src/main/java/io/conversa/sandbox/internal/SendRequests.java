package io.conversa.sandbox.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads the body of {@code POST /{phone-number-id}/messages} the way Meta validates it, refusing a bad one with
 * Meta's error: 131008 when a required field is missing, 100 when a value is invalid, 132000 when a template
 * component carries no parameters.
 */
public final class SendRequests {

    public static final int MAX_TEXT_LENGTH = 4096;
    public static final int MAX_CAPTION_LENGTH = 1024;
    private static final Pattern TEMPLATE_TEXT_POLICY = Pattern.compile("[\\n\\t]| {5,}");

    private SendRequests() {}

    /** A mark-as-read call: {@code {"messaging_product": "whatsapp", "status": "read", "message_id": …}}. */
    public static boolean isMarkAsRead(JsonNode body) {
        return body.has("status") && !body.has("to");
    }

    /** The wamid a mark-as-read call marks read. */
    public static String messageIdToMarkRead(JsonNode body) {
        requireWhatsApp(body);
        if (!"read".equals(string(body, "status"))) {
            throw GraphError.invalidParameter("status: only 'read' can be set").exception();
        }
        return required(body, "message_id", "message_id");
    }

    public static OutboundMessage parse(JsonNode body, Predicate<String> knownMediaId) {
        requireWhatsApp(body);
        String to = required(body, "to", "to");
        String waId = WaIds.fromRecipient(to);
        if (!WaIds.isValid(waId)) {
            throw GraphError.invalidParameter("to: '" + to + "' is not a valid WhatsApp phone number")
                    .exception();
        }
        String type = body.has("type") ? required(body, "type", "type") : "text";
        return new OutboundMessage(to, waId, content(type, body, knownMediaId));
    }

    private static MessageContent content(String type, JsonNode body, Predicate<String> knownMediaId) {
        return switch (type) {
            case "text" -> text(object(body, "text"));
            case "template" -> TemplateRequests.parse(object(body, "template"));
            case "image", "video", "audio", "document", "sticker" -> media(type, object(body, type), knownMediaId);
            case "location" -> location(object(body, "location"));
            case "interactive" ->
                MessageContent.summary(type, string(object(body, type).path("body"), "text"));
            case "reaction" -> MessageContent.summary(type, string(object(body, type), "emoji"));
            case "contacts" -> contacts(body);
            default ->
                throw GraphError.invalidParameter("type: '" + type + "' is not a supported message type")
                        .exception();
        };
    }

    private static MessageContent text(JsonNode text) {
        String body = required(text, "body", "text.body");
        if (body.isBlank()) {
            throw GraphError.invalidParameter("Param text['body'] must be at least 1 character long")
                    .exception();
        }
        if (body.length() > MAX_TEXT_LENGTH) {
            throw GraphError.invalidParameter(
                            "Param text['body'] must be at most " + MAX_TEXT_LENGTH + " characters long")
                    .exception();
        }
        return MessageContent.text(body);
    }

    private static MessageContent media(String type, JsonNode media, Predicate<String> knownMediaId) {
        String id = string(media, "id");
        String link = string(media, "link");
        String caption = string(media, "caption");
        if (id == null && link == null) {
            throw GraphError.missingParameter(type + ".id or " + type + ".link").exception();
        }
        if (id != null && !knownMediaId.test(id)) {
            throw GraphError.invalidParameter(type + ".id: no uploaded media has the id '" + id + "'")
                    .exception();
        }
        if (id == null && !link.matches("(?i)https?://\\S+")) {
            throw GraphError.invalidParameter(type + ".link: not an http(s) URL")
                    .exception();
        }
        if (caption != null && caption.length() > MAX_CAPTION_LENGTH) {
            throw GraphError.invalidParameter(type + ".caption: at most " + MAX_CAPTION_LENGTH + " characters")
                    .exception();
        }
        return MessageContent.media(type, id, id == null ? link : null, caption);
    }

    private static MessageContent location(JsonNode location) {
        for (String coordinate : List.of("latitude", "longitude")) {
            if (!location.path(coordinate).isNumber()) {
                throw GraphError.missingParameter("location." + coordinate).exception();
            }
        }
        return MessageContent.location(
                location.path("latitude").doubleValue(),
                location.path("longitude").doubleValue(),
                string(location, "name"));
    }

    private static MessageContent contacts(JsonNode body) {
        JsonNode contacts = body.path("contacts");
        if (!contacts.isArray() || contacts.isEmpty()) {
            throw GraphError.missingParameter("contacts").exception();
        }
        List<String> names = new ArrayList<>();
        contacts.forEach(contact -> names.add(string(contact.path("name"), "formatted_name")));
        return MessageContent.summary("contacts", String.join(", ", names));
    }

    static void requireWhatsApp(JsonNode body) {
        String product = required(body, "messaging_product", "messaging_product");
        if (!"whatsapp".equals(product)) {
            throw GraphError.invalidParameter("messaging_product: must be 'whatsapp'")
                    .exception();
        }
    }

    static JsonNode object(JsonNode parent, String field) {
        JsonNode child = parent.path(field);
        if (!child.isObject()) {
            throw GraphError.missingParameter(field).exception();
        }
        return child;
    }

    static String required(JsonNode parent, String field, String path) {
        String value = string(parent, field);
        if (value == null) {
            throw GraphError.missingParameter(path).exception();
        }
        return value;
    }

    /** The field's text, or null when it is absent or not a JSON string. */
    static String string(JsonNode parent, String field) {
        JsonNode child = parent.path(field);
        return child.isString() ? child.stringValue() : null;
    }

    static boolean breaksTemplateTextPolicy(String text) {
        return TEMPLATE_TEXT_POLICY.matcher(text).find();
    }
}
