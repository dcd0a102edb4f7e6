package io.conversa.inbox.spi;

import java.util.List;
import java.util.UUID;

/**
 * A message to send, in domain terms.
 *
 * @param messageId the inbox's id of the stored message
 * @param channelId the business number to send from (settings' channel id)
 * @param to the recipient's WhatsApp id (digits) or phone in international format
 * @param kind what to send; the fields of that kind are set, the others null
 * @param replyToWaMessageId the customer message this one answers, if any
 * @param bizOpaqueCallbackData echoed back in the statuses of this message
 */
public record OutboundMessage(
        UUID messageId,
        UUID channelId,
        String to,
        Kind kind,
        String text,
        boolean previewUrl,
        Media media,
        Template template,
        String replyToWaMessageId,
        String bizOpaqueCallbackData) {

    public enum Kind {
        TEXT,
        MEDIA,
        TEMPLATE
    }

    /**
     * Media by provider id or by link. {@code type} is image, audio, video, document or sticker; caption and
     * filename only where Meta takes them.
     */
    public record Media(String type, String mediaId, String link, String caption, String filename) {}

    /** An approved template with its parameters, component by component. */
    public record Template(String name, String language, List<Component> components) {}

    /**
     * One component's parameters: {@code type} header, body or button; for buttons {@code subType} (url,
     * quick_reply) and {@code index}.
     */
    public record Component(String type, String subType, Integer index, List<Parameter> parameters) {}

    /**
     * A parameter: {@code type} text, payload, image, document or video. {@code name} is set for named templates;
     * {@code value} is the text, the payload or the media link.
     */
    public record Parameter(String type, String name, String value) {}
}
