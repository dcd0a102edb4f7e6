package io.conversa.receivables;

import java.math.BigDecimal;

/** Headline figures of the customer list, in the workspace currency. */
public record PortfolioTotals(
        long customers, BigDecimal balance, BigDecimal overdueBalance, long overdueCustomers, String currency) {}
