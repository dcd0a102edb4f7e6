package io.conversa.payments;

import io.conversa.core.WorkspaceId;
import io.conversa.receivables.CustomerInput;
import io.conversa.receivables.Customers;
import io.conversa.receivables.InvoiceInput;
import io.conversa.receivables.Invoices;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A customer and their open invoices, for the payment-link tests. */
record Debts(Customers customers, Invoices invoices, WorkspaceId workspace) {

    UUID customer(String ref, String name, String phone) {
        return customers
                .upsert(workspace, new CustomerInput(ref, name, null, phone, null, List.of()))
                .value()
                .id();
    }

    /** An open invoice owing all of {@code amount}, issued 30 days before it is due. */
    UUID invoice(UUID customer, String number, LocalDate due, String amount, String currency) {
        BigDecimal total = new BigDecimal(amount);
        return invoices.upsert(
                        workspace,
                        new InvoiceInput(
                                number, customer, null, number, due.minusDays(30), due, total, total, currency, "open"))
                .value()
                .id();
    }
}
