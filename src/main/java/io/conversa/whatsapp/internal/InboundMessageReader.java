package io.conversa.whatsapp.internal;

import static io.conversa.whatsapp.internal.JsonFields.array;
import static io.conversa.whatsapp.internal.JsonFields.decimal;
import static io.conversa.whatsapp.internal.JsonFields.epochSeconds;
import static io.conversa.whatsapp.internal.JsonFields.firstNonNull;
import static io.conversa.whatsapp.internal.JsonFields.flag;
import static io.conversa.whatsapp.internal.JsonFields.required;
import static io.conversa.whatsapp.internal.JsonFields.string;

import io.conversa.inbox.InboundMessage;
import io.conversa.inbox.InboundMessage.Location;
import io.conversa.inbox.InboundMessage.Media;
import io.conversa.inbox.MessageType;
import java.time.Instant;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** Reads one {@code value.messages[]} item, with the sender's identity from {@code value.contacts[]}. */
final class InboundMessageReader {

    private final Function<JsonNode, String> toJson;

    InboundMessageReader(Function<JsonNode, String> toJson) {
        this.toJson = toJson;
    }

    /**
     * @param value the change's value, for its {@code contacts[]}
     * @throws InvalidItemException when the message lacks its id or a usable timestamp
     */
    InboundMessage read(JsonNode message, JsonNode value) {
        if (!message.isObject()) {
            throw new InvalidItemException("not an object");
        }
        String id = required(message, "id");
        Instant timestamp = epochSeconds(message, "timestamp");
        Sender sender = sender(message, value);
        MessageType type = MessageType.fromWire(string(message, "type"));
        MessageContent content = MessageContent.of(type, message);
        return new InboundMessage(
                id,
                sender.waId(),
                sender.userId(),
                sender.profileName(),
                timestamp,
                type,
                content.text(),
                content.payload(),
                media(type, message),
                location(type, message),
                firstNonNull(content.replyToWaMessageId(), string(message.path("context"), "id")),
                content.newWaId(),
                string(JsonFields.first(message, "errors"), "code"),
                toJson.apply(message));
    }

    private record Sender(String waId, String userId, String profileName) {}

    /**
     * The sender: {@code from} (absent for a username-only user), the user id from {@code from_user_id} or the
     * matching contact, and the matching contact's profile name (else the first contact's).
     */
    private static Sender sender(JsonNode message, JsonNode value) {
        String waId = blankToNull(string(message, "from"));
        String fromUserId = blankToNull(string(message, "from_user_id"));
        JsonNode contact = matchingContact(value, waId, fromUserId);
        String userId = firstNonNull(fromUserId, blankToNull(string(contact, "user_id")));
        JsonNode named = contact.isMissingNode() ? JsonFields.first(value, "contacts") : contact;
        return new Sender(waId, userId, string(named.path("profile"), "name"));
    }

    private static JsonNode matchingContact(JsonNode value, String waId, String userId) {
        for (JsonNode contact : array(value, "contacts")) {
            boolean sameWaId = waId != null && waId.equals(string(contact, "wa_id"));
            boolean sameUserId = userId != null && userId.equals(string(contact, "user_id"));
            if (sameWaId || sameUserId) {
                return contact;
            }
        }
        return MissingNode.getInstance();
    }

    private static Media media(MessageType type, JsonNode message) {
        JsonNode media = message.path(type.wire());
        if (!type.isMedia() || !media.isObject()) {
            return null;
        }
        return new Media(
                string(media, "id"),
                string(media, "mime_type"),
                string(media, "sha256"),
                string(media, "filename"),
                flag(media, "voice"));
    }

    private static Location location(MessageType type, JsonNode message) {
        JsonNode location = message.path("location");
        if (type != MessageType.LOCATION || !location.isObject()) {
            return null;
        }
        return new Location(
                decimal(location, "latitude"),
                decimal(location, "longitude"),
                string(location, "name"),
                string(location, "address"),
                string(location, "url"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
