package io.conversa.receivables;

import io.conversa.core.Money;
import io.conversa.identity.Workspace;
import io.conversa.receivables.internal.Invoice;
import io.conversa.receivables.internal.InvoiceRepository;
import io.conversa.receivables.internal.PaymentRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** Adds up what a customer owes from its open invoices. */
@Component
class AccountSummaries {

    private final InvoiceRepository invoices;
    private final PaymentRepository payments;

    AccountSummaries(InvoiceRepository invoices, PaymentRepository payments) {
        this.invoices = invoices;
        this.payments = payments;
    }

    AccountSummary of(Workspace workspace, LocalDate today, java.util.UUID customerId) {
        List<Invoice> open =
                invoices.findByWorkspaceIdAndCustomerIdOrderByDueDateAsc(workspace.id(), customerId).stream()
                        .filter(i ->
                                Invoice.OPEN.equals(i.status()) && i.balance().signum() > 0)
                        .toList();
        Map<String, BigDecimal> byCurrency = new TreeMap<>();
        open.forEach(i -> byCurrency.merge(i.currency(), i.balance(), BigDecimal::add));
        String home = workspace.currency();
        List<InvoiceView> overdue = open.stream()
                .map(i -> InvoiceViews.view(i, today))
                .filter(InvoiceView::overdue)
                .sorted(Comparator.comparing(InvoiceView::dueDate))
                .toList();
        BigDecimal overdueHome = overdue.stream()
                .filter(i -> home.equals(i.currency()))
                .map(InvoiceView::balance)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Money> others = byCurrency.entrySet().stream()
                .filter(e -> !home.equals(e.getKey()))
                .map(e -> money(e.getValue(), e.getKey()))
                .toList();
        PaymentView last = payments.findByWorkspaceIdAndCustomerIdOrderByPaidAtDesc(workspace.id(), customerId).stream()
                .findFirst()
                .map(InvoiceViews::view)
                .orElse(null);
        int maxOverdue =
                overdue.stream().mapToInt(InvoiceView::overdueDays).max().orElse(0);
        return new AccountSummary(
                money(byCurrency.getOrDefault(home, BigDecimal.ZERO), home),
                money(overdueHome, home),
                others,
                overdue,
                last,
                maxOverdue);
    }

    private static Money money(BigDecimal amount, String currency) {
        Currency unit = Currency.getInstance(currency);
        return new Money(
                amount.setScale(Math.max(unit.getDefaultFractionDigits(), 0), java.math.RoundingMode.HALF_EVEN), unit);
    }
}
