package io.conversa.inbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A message of a conversation. {@code status}: inbound messages are {@code received}; outbound ones {@code pending},
 * {@code sending}, {@code sent}, {@code delivered}, {@code read}, {@code failed} or {@code unknown}.
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
        Instant timestamp) {}
