package io.conversa.campaigns;

import java.time.Instant;
import java.util.UUID;

/** One recipient of a bulk send and what happened to it. */
public record BulkRecipientView(
        UUID id,
        int seq,
        String phone,
        UUID customerId,
        String state,
        String skipReason,
        Instant notBefore,
        UUID messageId,
        UUID conversationId,
        String delivery,
        Integer errorCode,
        String errorReason,
        boolean retryable,
        Instant handedAt,
        Instant repliedAt) {}
