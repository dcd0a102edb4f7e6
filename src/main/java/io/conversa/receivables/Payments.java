package io.conversa.receivables;

import io.conversa.core.DomainException;
import io.conversa.core.ResultPage;
import io.conversa.core.WorkspaceId;
import io.conversa.identity.Workspaces;
import io.conversa.receivables.internal.Amounts;
import io.conversa.receivables.internal.IdPages;
import io.conversa.receivables.internal.InputValidator;
import io.conversa.receivables.internal.Invoice;
import io.conversa.receivables.internal.InvoiceRepository;
import io.conversa.receivables.internal.Payment;
import io.conversa.receivables.internal.PaymentApplication;
import io.conversa.receivables.internal.PaymentRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments of a workspace. Recording a payment applies it to the invoices it names and lowers their balances;
 * recording it again with other amounts or invoices first undoes its previous application, so an upsert is safe
 * to repeat.
 */
@Service
public class Payments {

    private final PaymentRepository repository;
    private final InvoiceRepository invoices;
    private final Customers customers;
    private final Workspaces workspaces;
    private final InputValidator validator;
    private final IdPages pages;
    private final Clock clock;

    Payments(
            PaymentRepository repository,
            InvoiceRepository invoices,
            Customers customers,
            Workspaces workspaces,
            InputValidator validator,
            IdPages pages,
            Clock clock) {
        this.repository = repository;
        this.invoices = invoices;
        this.customers = customers;
        this.workspaces = workspaces;
        this.validator = validator;
        this.pages = pages;
        this.clock = clock;
    }

    @Transactional
    public Upserted<PaymentView> record(WorkspaceId workspace, PaymentInput input) {
        validator.validate(input);
        UUID customerId = customers.resolveReference(workspace, input.customerId(), input.customerExternalRef());
        String currency =
                Amounts.currency(input.currency(), workspaces.get(workspace).currency(), "currency");
        BigDecimal amount = Amounts.scaled(input.amount(), currency, "amount");
        Optional<Payment> existing = repository.findByWorkspaceIdAndExternalRef(
                workspace.value(), input.externalRef().trim());
        Instant now = Instant.now(clock);
        existing.ifPresent(previous -> undo(previous, now));
        List<Invoice> targets = targets(workspace, customerId, currency, input.invoiceExternalRefs());
        Set<PaymentApplication> applications = apply(targets, amount, now);
        Payment payment = new Payment(
                existing.map(Payment::id).orElseGet(UUID::randomUUID),
                workspace.value(),
                customerId,
                input.externalRef().trim(),
                amount,
                currency,
                input.paidAt(),
                blankToNull(input.method()),
                blankToNull(input.reference()),
                applications,
                existing.map(Payment::createdAt).orElse(now),
                now,
                existing.map(Payment::version).orElse(null));
        return new Upserted<>(InvoiceViews.view(repository.save(payment)), existing.isEmpty());
    }

    public PaymentView get(WorkspaceId workspace, UUID id) {
        return repository
                .findByIdAndWorkspaceId(id, workspace.value())
                .map(InvoiceViews::view)
                .orElseThrow(() -> DomainException.notFound("Payment", id));
    }

    /** A customer's payments, newest first. */
    public List<PaymentView> ofCustomer(WorkspaceId workspace, UUID customerId) {
        customers.load(workspace, customerId);
        return repository.findByWorkspaceIdAndCustomerIdOrderByPaidAtDesc(workspace.value(), customerId).stream()
                .map(InvoiceViews::view)
                .toList();
    }

    public ResultPage<PaymentView> list(WorkspaceId workspace, UUID customerId, int page, int size) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("workspace_id", workspace.value());
        filters.put("customer_id", customerId);
        return pages.page(
                "payment",
                filters,
                "paid_at DESC, external_ref",
                page,
                size,
                ids -> repository.findAllById(ids).stream()
                        .map(InvoiceViews::view)
                        .toList(),
                PaymentView::id);
    }

    private List<Invoice> targets(WorkspaceId workspace, UUID customerId, String currency, List<String> refs) {
        if (refs == null || refs.isEmpty()) {
            return List.of();
        }
        Set<String> wanted = refs.stream().map(String::trim).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, Invoice> found = invoices.findByWorkspaceIdAndExternalRefIn(workspace.value(), wanted).stream()
                .collect(Collectors.toMap(Invoice::externalRef, Function.identity()));
        Set<String> missing = new HashSet<>(wanted);
        missing.removeAll(found.keySet());
        if (!missing.isEmpty()) {
            throw DomainException.invalid(
                    "invoiceExternalRefs",
                    "error.invoiceUnknown",
                    "Unknown invoices: " + String.join(", ", missing),
                    String.join(", ", missing));
        }
        for (Invoice invoice : found.values()) {
            if (Invoice.VOID.equals(invoice.status())) {
                throw DomainException.invalid(
                        "invoiceExternalRefs",
                        "error.invoiceVoid",
                        "Invoice " + invoice.externalRef() + " is void",
                        invoice.externalRef());
            }
            if (!invoice.customerId().equals(customerId) || !invoice.currency().equals(currency)) {
                throw DomainException.invalid(
                        "invoiceExternalRefs",
                        "error.invoiceMismatch",
                        "Invoice " + invoice.externalRef() + " belongs to another customer or currency",
                        invoice.externalRef());
            }
        }
        return found.values().stream()
                .sorted(Comparator.comparing(Invoice::dueDate).thenComparing(Invoice::externalRef))
                .toList();
    }

    /** Applies the amount to the invoices in order, each up to its balance; what is left over stays unapplied. */
    private Set<PaymentApplication> apply(List<Invoice> targets, BigDecimal amount, Instant now) {
        Set<PaymentApplication> applications = new LinkedHashSet<>();
        BigDecimal left = amount;
        for (Invoice invoice : targets) {
            BigDecimal applied = left.min(invoice.balance());
            if (applied.signum() > 0) {
                invoices.save(invoice.pay(applied, now));
                applications.add(new PaymentApplication(invoice.id(), applied));
                left = left.subtract(applied);
            }
        }
        return applications;
    }

    private void undo(Payment previous, Instant now) {
        for (PaymentApplication application : previous.applications()) {
            invoices.findByIdAndWorkspaceId(application.invoiceId(), previous.workspaceId())
                    .ifPresent(invoice ->
                            invoices.save(invoice.pay(application.amount().negate(), now)));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
