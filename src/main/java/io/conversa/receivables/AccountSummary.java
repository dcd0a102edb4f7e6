package io.conversa.receivables;

import io.conversa.core.Money;
import java.util.List;

/**
 * What a customer owes: the open balance and the overdue part (in the workspace's currency; invoices in other
 * currencies are listed in {@code otherBalances}), the overdue invoices oldest first, and the last payment.
 */
public record AccountSummary(
        Money balance,
        Money overdueBalance,
        List<Money> otherBalances,
        List<InvoiceView> overdueInvoices,
        PaymentView lastPayment,
        int maxOverdueDays) {}
