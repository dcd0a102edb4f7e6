package io.conversa.insights;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One analysis of a conversation ("Resumen IA"): summary, the customer's sentiment ({@code positive|neutral|negative}),
 * topics ({@code pago, promesa_de_pago, disputa, reclamo, soporte, consulta, datos_de_contacto, baja, otro}), one next
 * action, the promise to pay (date and amount, or null), and how it was made: {@code provider} {@code openai} or
 * {@code offline} (with {@code fallbackReason} when the provider was wanted but could not answer), the model, tokens
 * and cost in US dollars, the {@code occasion} ({@code manual}, {@code settled} after the customer's messages, or
 * {@code closed}) and when.
 */
public record InsightView(
        UUID id,
        UUID conversationId,
        String summary,
        String sentiment,
        List<String> topics,
        String nextAction,
        LocalDate promiseDate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal promiseAmount,
        String provider,
        String model,
        String fallbackReason,
        long inputTokens,
        long outputTokens,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal costUsd,
        String occasion,
        Instant createdAt,
        UUID lastMessageId) {

    public boolean hasTopic(String topic) {
        return topics.contains(topic);
    }
}
