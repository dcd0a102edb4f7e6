package io.conversa.payments;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What to create a payment link for: a customer; the invoices to pay (null or empty: all their overdue invoices); an
 * amount (null: what those invoices owe; less for a partial payment); the conversation it is sent in (or null).
 */
public record NewPaymentLink(UUID customerId, List<UUID> invoiceIds, BigDecimal amount, UUID conversationId) {}
