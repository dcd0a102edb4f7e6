package io.conversa.inbox;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A message a customer sent, as the WhatsApp adapter read it from a webhook.
 *
 * @param waMessageId Meta's id ({@code wamid.…}), the dedupe key
 * @param waId the sender's WhatsApp id (digits, no plus); null for a username-only contact
 * @param userId the business-scoped user id, when Meta sends one
 * @param profileName the contact's WhatsApp profile name
 * @param timestamp when the customer sent it, per Meta: the 24-hour window runs from here
 * @param text the body, caption, button or list title, reaction emoji, or a short description for other types
 * @param payload a quick-reply payload or interactive reply id
 * @param media the attached media, for image, audio, video, document and sticker
 * @param location the shared location
 * @param replyToWaMessageId the message this one replies to ({@code context.id}), or the one it reacts to, edits
 *     or revokes
 * @param newWaId for {@code system.user_changed_number}: the contact's new WhatsApp id
 * @param errorCode for unsupported or unknown types: Meta's error code
 * @param rawJson the message object exactly as Meta sent it
 */
public record InboundMessage(
        String waMessageId,
        String waId,
        String userId,
        String profileName,
        Instant timestamp,
        MessageType type,
        String text,
        String payload,
        Media media,
        Location location,
        String replyToWaMessageId,
        String newWaId,
        String errorCode,
        String rawJson) {

    /** Media as Meta describes it: fetched later by id. */
    public record Media(String mediaId, String mimeType, String sha256, String filename, boolean voice) {}

    /** A shared location. */
    public record Location(BigDecimal latitude, BigDecimal longitude, String name, String address, String url) {}
}
