package io.conversa.receivables;

import io.conversa.receivables.internal.Amounts;
import io.conversa.receivables.internal.Invoice;
import io.conversa.receivables.internal.Payment;
import io.conversa.receivables.internal.PaymentApplication;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/** Turns stored invoices and payments into the views the rest of the application reads. */
final class InvoiceViews {

    private InvoiceViews() {}

    static InvoiceView view(Invoice invoice, LocalDate today) {
        return new InvoiceView(
                invoice.id(),
                invoice.externalRef(),
                invoice.customerId(),
                invoice.number(),
                invoice.issueDate(),
                invoice.dueDate(),
                Amounts.display(invoice.amount(), invoice.currency()),
                Amounts.display(invoice.balance(), invoice.currency()),
                invoice.currency(),
                invoice.status(),
                overdueDays(invoice, today));
    }

    static int overdueDays(Invoice invoice, LocalDate today) {
        boolean owed =
                Invoice.OPEN.equals(invoice.status()) && invoice.balance().signum() > 0;
        return owed && invoice.dueDate().isBefore(today) ? (int) ChronoUnit.DAYS.between(invoice.dueDate(), today) : 0;
    }

    static PaymentView view(Payment payment) {
        return new PaymentView(
                payment.id(),
                payment.externalRef(),
                payment.customerId(),
                Amounts.display(payment.amount(), payment.currency()),
                payment.currency(),
                payment.paidAt(),
                payment.method(),
                payment.reference(),
                payment.applications().stream()
                        .map(PaymentApplication::invoiceId)
                        .sorted(Comparator.naturalOrder())
                        .toList());
    }
}
