package io.conversa.whatsapp.internal;

import io.conversa.inbox.spi.OutboundMessage;
import io.conversa.inbox.spi.OutboundMessage.Component;
import io.conversa.inbox.spi.OutboundMessage.Media;
import io.conversa.inbox.spi.OutboundMessage.Parameter;
import io.conversa.inbox.spi.OutboundMessage.Template;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Graph API request bodies of {@code POST /<phone-number-id>/messages}, built from the inbox's terms and
 * validated first: anything Meta is known to refuse is refused here with an {@link IllegalArgumentException}.
 */
public final class GraphRequests {

    static final int MAX_TEXT_LENGTH = 4096;

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final Set<String> MEDIA_TYPES = Set.of("image", "audio", "video", "document", "sticker");
    private static final Set<String> CAPTIONED = Set.of("image", "video", "document");
    private static final Set<String> MEDIA_PARAMETERS = Set.of("image", "document", "video");
    private static final Set<String> COMPONENT_TYPES = Set.of("header", "body", "button");
    private static final Set<String> BUTTON_SUB_TYPES = Set.of("url", "quick_reply");
    private static final Pattern FORBIDDEN_PARAMETER_TEXT = Pattern.compile("[\\n\\r\\t]| {5,}");

    private static final Pattern PHONE_OR_WA_ID = Pattern.compile("\\+?[0-9 ()\\-]+");

    private GraphRequests() {}

    /** The body that sends {@code message}. */
    public static ObjectNode message(OutboundMessage message) {
        Objects.requireNonNull(message, "message");
        require(message.to() != null && !message.to().isBlank(), "Recipient 'to' is required");
        require(message.kind() != null, "Message kind is required");
        String to = message.to().trim();
        ObjectNode body = JSON.createObjectNode()
                .put("messaging_product", "whatsapp")
                .put("recipient_type", "individual")
                // A contact known only by a business-scoped user id (a WhatsApp username) is addressed by it.
                .put(PHONE_OR_WA_ID.matcher(to).matches() ? "to" : "recipient", to);
        if (hasText(message.replyToWaMessageId())) {
            body.putObject("context").put("message_id", message.replyToWaMessageId());
        }
        switch (message.kind()) {
            case TEXT -> text(body, message.text(), message.previewUrl());
            case MEDIA -> media(body, message.media());
            case TEMPLATE -> template(body, message.template());
        }
        if (hasText(message.bizOpaqueCallbackData())) {
            body.put("biz_opaque_callback_data", message.bizOpaqueCallbackData());
        }
        return body;
    }

    /** The body that marks the customer's message {@code waMessageId} as read. */
    public static ObjectNode markRead(String waMessageId) {
        require(hasText(waMessageId), "The message id to mark as read is required");
        return JSON.createObjectNode()
                .put("messaging_product", "whatsapp")
                .put("status", "read")
                .put("message_id", waMessageId);
    }

    private static void text(ObjectNode body, String text, boolean previewUrl) {
        require(text != null && !text.isBlank(), "Text body must not be empty");
        int length = text.codePointCount(0, text.length());
        require(length <= MAX_TEXT_LENGTH, "Text body has " + length + " characters, at most 4096 are allowed");
        body.put("type", "text");
        body.putObject("text").put("preview_url", previewUrl).put("body", text);
    }

    private static void media(ObjectNode body, Media media) {
        require(media != null, "Media is required for a media message");
        String type = media.type() == null ? null : media.type().toLowerCase(java.util.Locale.ROOT);
        require(MEDIA_TYPES.contains(type), "Media type must be one of " + MEDIA_TYPES + ", was " + media.type());
        require(hasText(media.mediaId()) != hasText(media.link()), "Media needs exactly one of id or link");
        body.put("type", type);
        ObjectNode object = body.putObject(type);
        if (hasText(media.mediaId())) {
            object.put("id", media.mediaId());
        } else {
            object.put("link", media.link());
        }
        if (CAPTIONED.contains(type) && hasText(media.caption())) {
            object.put("caption", media.caption());
        }
        if (type.equals("document") && hasText(media.filename())) {
            object.put("filename", media.filename());
        }
    }

    private static void template(ObjectNode body, Template template) {
        require(template != null, "Template is required for a template message");
        require(hasText(template.name()), "Template name is required");
        require(hasText(template.language()), "Template language is required");
        body.put("type", "template");
        ObjectNode object = body.putObject("template").put("name", template.name());
        object.putObject("language").put("code", template.language());
        List<Component> components = template.components();
        if (components != null && !components.isEmpty()) {
            ArrayNode array = object.putArray("components");
            components.forEach(component -> array.add(component(component)));
        }
    }

    private static ObjectNode component(Component component) {
        require(
                component != null && COMPONENT_TYPES.contains(component.type()),
                "Template component type must be one of " + COMPONENT_TYPES);
        ObjectNode node = JSON.createObjectNode().put("type", component.type());
        if (component.type().equals("button")) {
            require(
                    BUTTON_SUB_TYPES.contains(component.subType()),
                    "Button sub_type must be one of " + BUTTON_SUB_TYPES + ", was " + component.subType());
            require(component.index() != null && component.index() >= 0, "Button index is required");
            node.put("sub_type", component.subType()).put("index", String.valueOf(component.index()));
        }
        if (component.parameters() != null && !component.parameters().isEmpty()) {
            ArrayNode parameters = node.putArray("parameters");
            component.parameters().forEach(parameter -> parameters.add(parameter(parameter)));
        }
        return node;
    }

    private static ObjectNode parameter(Parameter parameter) {
        require(parameter != null && parameter.type() != null, "Template parameter type is required");
        require(parameter.value() != null && !parameter.value().isEmpty(), "Template parameter value is required");
        String type = parameter.type();
        ObjectNode node = JSON.createObjectNode().put("type", type);
        if (hasText(parameter.name())) {
            node.put("parameter_name", parameter.name());
        }
        if (type.equals("text")) {
            checkParameterText(parameter);
            node.put("text", parameter.value());
        } else if (type.equals("payload")) {
            node.put("payload", parameter.value());
        } else if (MEDIA_PARAMETERS.contains(type)) {
            node.putObject(type).put("link", parameter.value());
        } else {
            throw new IllegalArgumentException("Unsupported template parameter type: " + type);
        }
        return node;
    }

    private static void checkParameterText(Parameter parameter) {
        if (FORBIDDEN_PARAMETER_TEXT.matcher(parameter.value()).find()) {
            String which = parameter.name() == null ? "" : " '" + parameter.name() + "'";
            throw new IllegalArgumentException("Template parameter" + which
                    + " may not contain newlines, tabs or more than four consecutive spaces");
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
