package io.conversa.payments;

import io.conversa.core.WorkspaceId;
import java.math.BigDecimal;
import java.util.UUID;

/** A payment link was paid (published once per provider payment, never for a repeated confirmation). */
public record PaymentConfirmed(
        WorkspaceId workspaceId,
        UUID linkId,
        UUID customerId,
        UUID conversationId,
        BigDecimal amount,
        String currency) {}
