package io.conversa.whatsapp.internal;

import static io.conversa.whatsapp.internal.JsonFields.array;
import static io.conversa.whatsapp.internal.JsonFields.firstNonNull;
import static io.conversa.whatsapp.internal.JsonFields.string;

import io.conversa.inbox.MessageType;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * The type-specific part of an inbound message: what the inbox shows as its text, the machine-readable payload of a
 * tap, the message it refers to, and a changed wa_id.
 *
 * @param replyToWaMessageId the message reacted to, edited or revoked; null means "use {@code context.id}"
 */
record MessageContent(String text, String payload, String replyToWaMessageId, String newWaId) {

    private static final MessageContent NONE = new MessageContent(null, null, null, null);

    static MessageContent of(MessageType type, JsonNode message) {
        JsonNode body = message.path(type.wire());
        return switch (type) {
            case TEXT -> textOnly(string(body, "body"));
            case IMAGE, VIDEO, DOCUMENT -> textOnly(string(body, "caption"));
            case LOCATION -> textOnly(firstNonNull(string(body, "name"), string(body, "address")));
            case CONTACTS -> textOnly(contactNames(message));
            case INTERACTIVE -> interactive(body);
            case BUTTON -> new MessageContent(string(body, "text"), string(body, "payload"), null, null);
            case REACTION -> reaction(body);
            case ORDER -> textOnly(orderSummary(body));
            case SYSTEM -> system(body);
            case EDIT -> edit(body);
            case REVOKE -> new MessageContent(null, null, string(body, "original_message_id"), null);
            default -> NONE;
        };
    }

    private static MessageContent textOnly(String text) {
        return new MessageContent(text, null, null, null);
    }

    private static String contactNames(JsonNode message) {
        List<String> names = new ArrayList<>();
        for (JsonNode contact : array(message, "contacts")) {
            String name = string(contact.path("name"), "formatted_name");
            if (name != null && !name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static MessageContent interactive(JsonNode interactive) {
        String kind = string(interactive, "type");
        JsonNode reply = kind == null ? MissingNode.getInstance() : interactive.path(kind);
        if ("button_reply".equals(kind) || "list_reply".equals(kind)) {
            return new MessageContent(string(reply, "title"), string(reply, "id"), null, null);
        }
        if ("nfm_reply".equals(kind)) {
            return new MessageContent(string(reply, "body"), string(reply, "response_json"), null, null);
        }
        return NONE;
    }

    private static MessageContent reaction(JsonNode reaction) {
        String emoji = string(reaction, "emoji");
        return new MessageContent(emoji == null ? "" : emoji, null, string(reaction, "message_id"), null);
    }

    private static String orderSummary(JsonNode order) {
        int items = order.path("product_items").size();
        String summary = "Pedido: " + items + (items == 1 ? " producto" : " productos");
        String note = string(order, "text");
        return note == null || note.isBlank() ? summary : summary + " — " + note.strip();
    }

    private static MessageContent system(JsonNode system) {
        String kind = string(system, "type");
        String newWaId = kind == null || "user_changed_number".equals(kind)
                ? firstNonNull(string(system, "wa_id"), string(system, "new_wa_id"))
                : null;
        return new MessageContent(string(system, "body"), null, null, newWaId);
    }

    /** An edit carries the whole new message: its text is what the edited message now says. */
    private static MessageContent edit(JsonNode edit) {
        JsonNode edited = edit.path("message");
        MessageType editedType = MessageType.fromWire(string(edited, "type"));
        String newText =
                editedType == MessageType.EDIT ? null : of(editedType, edited).text();
        return new MessageContent(newText, null, string(edit, "original_message_id"), null);
    }
}
