package io.conversa.receivables;

import java.math.BigDecimal;
import java.util.UUID;

/** A customer chosen for a bulk send: its phone in E.164 and its open balance in the workspace currency. */
public record AudienceMember(UUID customerId, String name, String phone, BigDecimal balance) {}
