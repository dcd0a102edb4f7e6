package io.conversa.inbox;

import java.time.Instant;

/**
 * A delivery status Meta reported for a message the business sent.
 *
 * @param status {@code sent}, {@code delivered}, {@code read}, {@code failed}, or another value kept as is
 * @param errorCode for failed: Meta's error code (the first of {@code errors[]})
 * @param bizOpaqueCallbackData echoed from the send, when set
 */
public record StatusUpdate(
        String waMessageId,
        String status,
        Instant timestamp,
        String recipientWaId,
        Integer errorCode,
        String errorTitle,
        String errorDetails,
        String bizOpaqueCallbackData,
        String rawJson) {}
