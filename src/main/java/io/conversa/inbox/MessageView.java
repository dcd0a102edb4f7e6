package io.conversa.inbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A message of a conversation. {@code status}: inbound messages are {@code received}; outbound ones {@code pending},
 * {@code sending}, {@code sent}, {@code delivered}, {@code read}, {@code failed} or {@code unknown}. Notes between
 * agents and system events have direction {@code internal} (type {@code note} or {@code event}, the event as JSON in
 * {@code payload}); for customer messages {@code payload} holds a contact card, list reply id or the like.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageView(
        UUID id,
        UUID conversationId,
        String direction,
        String type,
        String text,
        String status,
        String waMessageId,
        String replyToWaMessageId,
        Integer errorCode,
        String errorTitle,
        String errorExplanation,
        String mediaMimeType,
        String mediaFilename,
        boolean mediaStored,
        BigDecimal latitude,
        BigDecimal longitude,
        Instant timestamp,
        String payload,
        UUID authorId) {

    public boolean internal() {
        return "internal".equals(direction);
    }
}
