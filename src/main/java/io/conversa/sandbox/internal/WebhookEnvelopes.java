package io.conversa.sandbox.internal;

import io.conversa.sandbox.internal.SandboxMediaStore.StoredMedia;
import java.time.Instant;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Webhook bodies in Meta's shape: the {@code whatsapp_business_account} envelope around one {@code messages} change
 * carrying either a customer's message (with its contact) or a status, or one {@code message_template_status_update}
 * change. The JSON escapes non-ASCII characters as
 * {@code \\uXXXX}, as Meta does, so the app must verify the signature over the raw bytes.
 */
public final class WebhookEnvelopes {

    /** Writes webhook bodies; serializing one envelope gives the exact bytes that are signed and posted. */
    public static final JsonMapper JSON =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    public static final String TEMPLATE_STATUS_FIELD = "message_template_status_update";

    private WebhookEnvelopes() {}

    /** The envelope of one inbound message from {@code waId}, whose WhatsApp profile name is {@code profileName}. */
    public static ObjectNode inbound(SandboxNumber number, String waId, String profileName, ObjectNode message) {
        ObjectNode value = value(number);
        ObjectNode contact = value.putArray("contacts").addObject();
        contact.putObject("profile").put("name", profileName == null ? "" : profileName);
        contact.put("wa_id", waId);
        value.putArray("messages").add(message);
        return envelope(number, value);
    }

    /** The envelope of one status of a message the business sent. */
    public static ObjectNode status(SandboxNumber number, StatusEvent event) {
        ObjectNode value = value(number);
        ObjectNode status = value.putArray("statuses").addObject();
        status.put("id", event.wamid());
        status.put("status", event.status());
        status.put("timestamp", timestamp(event.at()));
        status.put("recipient_id", event.recipientWaId());
        if (event.error() == null) {
            ObjectNode pricing = status.putObject("pricing");
            pricing.put("billable", !"service".equals(event.category()));
            pricing.put("pricing_model", "PMP");
            pricing.put("category", event.category());
        } else {
            ObjectNode error = status.putArray("errors").addObject();
            error.put("code", event.error().code());
            error.put("title", event.error().title());
            error.put("message", event.error().title());
            error.putObject("error_data").put("details", event.error().details());
        }
        return envelope(number, value);
    }

    /**
     * The envelope of a template's status change: no metadata (it concerns the business account, not a number), the
     * entry's {@code time}, and the template id as a number, as Meta sends them.
     */
    public static ObjectNode templateStatus(SandboxNumber number, TemplateStatusEvent event) {
        ObjectNode value = JSON.createObjectNode();
        value.put("event", event.event());
        if (event.templateId().matches("\\d{1,18}")) {
            value.put("message_template_id", Long.parseLong(event.templateId()));
        } else {
            value.put("message_template_id", event.templateId());
        }
        value.put("message_template_name", event.name());
        value.put("message_template_language", event.language());
        value.put("reason", event.reason());
        ObjectNode envelope = envelope(number, TEMPLATE_STATUS_FIELD, value);
        ((ObjectNode) envelope.path("entry").path(0)).put("time", event.at().getEpochSecond());
        return envelope;
    }

    public static ObjectNode textMessage(String from, String wamid, Instant at, String body) {
        ObjectNode message = message(from, wamid, at, "text");
        message.putObject("text").put("body", body);
        return message;
    }

    public static ObjectNode imageMessage(String from, String wamid, Instant at, StoredMedia media, String caption) {
        ObjectNode message = message(from, wamid, at, "image");
        ObjectNode image = message.putObject("image");
        if (caption != null && !caption.isBlank()) {
            image.put("caption", caption);
        }
        image.put("mime_type", media.mimeType());
        image.put("sha256", media.sha256());
        image.put("id", media.id());
        return message;
    }

    public static ObjectNode locationMessage(String from, String wamid, Instant at, Place place) {
        ObjectNode message = message(from, wamid, at, "location");
        ObjectNode location = message.putObject("location");
        location.put("latitude", place.latitude());
        location.put("longitude", place.longitude());
        location.put("name", place.name());
        location.put("address", place.address());
        return message;
    }

    /** Unix seconds as a string, the way every webhook timestamp is written. */
    public static String timestamp(Instant at) {
        return String.valueOf(at.getEpochSecond());
    }

    private static ObjectNode message(String from, String wamid, Instant at, String type) {
        ObjectNode message = JSON.createObjectNode();
        message.put("from", from);
        message.put("id", wamid);
        message.put("timestamp", timestamp(at));
        message.put("type", type);
        return message;
    }

    private static ObjectNode value(SandboxNumber number) {
        ObjectNode value = JSON.createObjectNode();
        value.put("messaging_product", "whatsapp");
        ObjectNode metadata = value.putObject("metadata");
        metadata.put("display_phone_number", number.displayDigits());
        metadata.put("phone_number_id", number.phoneNumberId());
        return value;
    }

    private static ObjectNode envelope(SandboxNumber number, ObjectNode value) {
        return envelope(number, "messages", value);
    }

    private static ObjectNode envelope(SandboxNumber number, String field, ObjectNode value) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("object", "whatsapp_business_account");
        ArrayNode entries = envelope.putArray("entry");
        ObjectNode entry = entries.addObject();
        entry.put("id", number.businessAccountId());
        ObjectNode change = entry.putArray("changes").addObject();
        change.put("field", field);
        change.set("value", value);
        return envelope;
    }
}
