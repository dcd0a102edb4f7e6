package io.conversa.receivables;

import io.conversa.core.DomainException;
import io.conversa.core.ResultPage;
import io.conversa.core.WorkspaceId;
import io.conversa.identity.Workspace;
import io.conversa.identity.Workspaces;
import io.conversa.receivables.internal.Amounts;
import io.conversa.receivables.internal.IdPages;
import io.conversa.receivables.internal.InputValidator;
import io.conversa.receivables.internal.Invoice;
import io.conversa.receivables.internal.InvoiceRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Invoices of a workspace: upsert by external reference, lookup and listing with days overdue. */
@Service
public class Invoices {

    private final InvoiceRepository repository;
    private final Customers customers;
    private final Workspaces workspaces;
    private final InputValidator validator;
    private final IdPages pages;
    private final Clock clock;

    Invoices(
            InvoiceRepository repository,
            Customers customers,
            Workspaces workspaces,
            InputValidator validator,
            IdPages pages,
            Clock clock) {
        this.repository = repository;
        this.customers = customers;
        this.workspaces = workspaces;
        this.validator = validator;
        this.pages = pages;
        this.clock = clock;
    }

    @Transactional
    public Upserted<InvoiceView> upsert(WorkspaceId workspaceId, InvoiceInput input) {
        validator.validate(input);
        Workspace workspace = workspaces.get(workspaceId);
        UUID customerId = customers.resolveReference(workspaceId, input.customerId(), input.customerExternalRef());
        Optional<Invoice> existing = repository.findByWorkspaceIdAndExternalRef(
                workspaceId.value(), input.externalRef().trim());
        Invoice saved = repository.save(merge(workspace, customerId, existing, input));
        return new Upserted<>(InvoiceViews.view(saved, workspaces.today(workspaceId)), existing.isEmpty());
    }

    public InvoiceView get(WorkspaceId workspace, UUID id) {
        return repository
                .findByIdAndWorkspaceId(id, workspace.value())
                .map(invoice -> InvoiceViews.view(invoice, workspaces.today(workspace)))
                .orElseThrow(() -> DomainException.notFound("Invoice", id));
    }

    /** Every invoice of a customer, most recent due date first. */
    public List<InvoiceView> ofCustomer(WorkspaceId workspace, UUID customerId) {
        customers.load(workspace, customerId);
        LocalDate today = workspaces.today(workspace);
        return repository.findByWorkspaceIdAndCustomerIdOrderByDueDateDesc(workspace.value(), customerId).stream()
                .map(invoice -> InvoiceViews.view(invoice, today))
                .toList();
    }

    public ResultPage<InvoiceView> list(WorkspaceId workspace, UUID customerId, String status, int page, int size) {
        LocalDate today = workspaces.today(workspace);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("workspace_id", workspace.value());
        filters.put("customer_id", customerId);
        filters.put("status", status == null ? null : status.toLowerCase(Locale.ROOT));
        return pages.page(
                "invoice",
                filters,
                "due_date DESC, external_ref",
                page,
                size,
                ids -> repository.findAllById(ids).stream()
                        .map(invoice -> InvoiceViews.view(invoice, today))
                        .toList(),
                InvoiceView::id);
    }

    private Invoice merge(Workspace workspace, UUID customerId, Optional<Invoice> existing, InvoiceInput input) {
        if (input.dueDate().isBefore(input.issueDate())) {
            throw DomainException.invalid("dueDate", "error.dueBeforeIssue", "dueDate is before issueDate");
        }
        String currency = Amounts.currency(input.currency(), workspace.currency(), "currency");
        String status = input.status() == null ? Invoice.OPEN : input.status().toLowerCase(Locale.ROOT);
        BigDecimal amount = Amounts.scaled(input.amount(), currency, "amount");
        BigDecimal applied =
                existing.map(i -> repository.appliedPayments(i.id())).orElse(BigDecimal.ZERO);
        BigDecimal balance = balance(input, status, amount, applied, currency);
        if (Invoice.OPEN.equals(status) && balance.signum() == 0 && amount.signum() > 0) {
            status = Invoice.PAID;
        }
        Instant now = Instant.now(clock);
        return new Invoice(
                existing.map(Invoice::id).orElseGet(UUID::randomUUID),
                workspace.id(),
                customerId,
                input.externalRef().trim(),
                input.number().trim(),
                input.issueDate(),
                input.dueDate(),
                amount,
                balance,
                currency,
                status,
                existing.map(Invoice::createdAt).orElse(now),
                now,
                existing.map(Invoice::version).orElse(null));
    }

    /**
     * The balance the platform sends wins; without one, an open invoice owes its amount less the payments already
     * applied to it here (so re-sending an unchanged invoice does not undo its payments), a paid one nothing.
     */
    private static BigDecimal balance(
            InvoiceInput input, String status, BigDecimal amount, BigDecimal applied, String currency) {
        if (input.balance() == null) {
            return Invoice.PAID.equals(status)
                    ? amount.subtract(amount)
                    : amount.subtract(applied).max(BigDecimal.ZERO);
        }
        BigDecimal balance = Amounts.scaled(input.balance(), currency, "balance");
        if (balance.compareTo(amount) > 0) {
            throw DomainException.invalid("balance", "error.balanceAboveAmount", "balance is above amount");
        }
        if (Invoice.PAID.equals(status) && balance.signum() > 0) {
            throw DomainException.invalid("balance", "error.paidWithBalance", "a paid invoice has no balance");
        }
        return balance;
    }
}
