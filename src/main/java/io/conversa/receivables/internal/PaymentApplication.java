package io.conversa.receivables.internal;

import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

@Table("payment_application")
public record PaymentApplication(UUID invoiceId, BigDecimal amount) {}
