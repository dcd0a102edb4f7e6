package io.conversa.receivables.web;

import io.conversa.receivables.AccountSummary;
import io.conversa.receivables.CustomerView;
import io.conversa.receivables.InvoiceView;
import io.conversa.receivables.PaymentView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code GET /api/v1/customers/{id}}: the customer with its balance, overdue invoices and last payment. */
record CustomerDetailsJson(
        UUID id,
        String externalRef,
        String name,
        String email,
        String phone,
        String phoneE164,
        String taxId,
        List<String> tags,
        MoneyJson balance,
        MoneyJson overdueBalance,
        List<MoneyJson> otherBalances,
        List<InvoiceView> overdueInvoices,
        PaymentView lastPayment,
        Instant createdAt,
        Instant updatedAt) {

    static CustomerDetailsJson of(CustomerView c, AccountSummary summary) {
        return new CustomerDetailsJson(
                c.id(),
                c.externalRef(),
                c.name(),
                c.email(),
                c.phone(),
                c.phoneE164(),
                c.taxId(),
                c.tags(),
                MoneyJson.of(summary.balance()),
                MoneyJson.of(summary.overdueBalance()),
                summary.otherBalances().stream().map(MoneyJson::of).toList(),
                summary.overdueInvoices(),
                summary.lastPayment(),
                c.createdAt(),
                c.updatedAt());
    }
}
