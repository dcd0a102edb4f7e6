package io.conversa.payments;

import io.conversa.core.DomainException;
import io.conversa.core.WorkspaceId;
import io.conversa.identity.Workspaces;
import io.conversa.inbox.Inbox;
import io.conversa.payments.internal.CheckoutPage;
import io.conversa.payments.internal.CheckoutRedirect;
import io.conversa.payments.internal.CheckoutRequest;
import io.conversa.payments.internal.LinkAmounts;
import io.conversa.payments.internal.PaymentLinkStore;
import io.conversa.payments.internal.PaymentLinkStore.Link;
import io.conversa.payments.internal.PaymentProvider;
import io.conversa.payments.internal.PaymentProviders;
import io.conversa.payments.internal.ReturnUrls;
import io.conversa.receivables.Customers;
import io.conversa.receivables.InvoiceView;
import io.conversa.receivables.Invoices;
import io.conversa.receivables.PaymentInput;
import io.conversa.receivables.PaymentView;
import io.conversa.receivables.Payments;
import io.conversa.settings.PublicUrl;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment links (links de pago): created over a customer's invoices (all overdue ones by default) for their total or a
 * partial amount, reached on a public checkout page by an unguessable token, and confirmed once per provider payment,
 * which records a receivables payment applied to the link's invoices oldest first.
 */
@Service
public class PaymentLinks {

    /** How long a link can be paid. */
    static final Duration LINK_TTL = Duration.ofDays(7);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PaymentLinkStore links;
    private final Customers customers;
    private final Invoices invoices;
    private final Payments payments;
    private final Inbox inbox;
    private final Workspaces workspaces;
    private final PublicUrl publicUrl;
    private final PaymentProviders providers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentLinks(
            PaymentLinkStore links,
            Customers customers,
            Invoices invoices,
            Payments payments,
            Inbox inbox,
            Workspaces workspaces,
            PublicUrl publicUrl,
            PaymentProviders providers,
            ApplicationEventPublisher events,
            Clock clock) {
        this.providers = providers;
        this.links = links;
        this.customers = customers;
        this.invoices = invoices;
        this.payments = payments;
        this.inbox = inbox;
        this.workspaces = workspaces;
        this.publicUrl = publicUrl;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates a link. The invoices must be the customer's, open and in one currency (by default: every overdue one);
     * the amount, when given, more than zero, at most what they owe, and with no more decimals than the currency has
     * (none for CLP, two for MXN or USD). The conversation, when given, must be the workspace's.
     */
    @Transactional
    public PaymentLinkView create(WorkspaceId workspace, NewPaymentLink request, UUID createdBy) {
        if (request.customerId() == null) {
            throw DomainException.invalid("customerId", "payments.error.customer", "customerId is required");
        }
        customers.get(workspace, request.customerId());
        if (request.conversationId() != null) {
            inbox.conversation(workspace, request.conversationId());
        }
        List<InvoiceView> chosen = chosenInvoices(workspace, request);
        String currency = LinkAmounts.currencyOf(chosen);
        BigDecimal amount = LinkAmounts.amount(request.amount(), chosen, currency);
        Instant now = Instant.now(clock);
        Link link = new Link(
                UUID.randomUUID(),
                workspace.value(),
                request.customerId(),
                request.conversationId(),
                newToken(),
                amount,
                currency,
                "open",
                "sandbox",
                now.plus(LINK_TTL),
                now,
                null,
                chosen.stream()
                        .map(i -> new PaymentLinkStore.Invoice(
                                i.id(), i.number(), i.externalRef(), i.dueDate(), i.balance()))
                        .toList());
        links.insert(link, createdBy);
        return view(link);
    }

    public PaymentLinkView get(WorkspaceId workspace, UUID id) {
        return links.find(workspace.value(), id)
                .map(this::view)
                .orElseThrow(() -> DomainException.notFound("Payment link", id));
    }

    public List<PaymentLinkView> ofCustomer(WorkspaceId workspace, UUID customerId) {
        return links.ofCustomer(workspace.value(), customerId).stream()
                .map(this::view)
                .toList();
    }

    /** What the public checkout page shows for a token; empty for an unknown one. */
    public Optional<CheckoutView> checkout(String token) {
        if (token == null || token.length() < 40 || token.length() > 64) {
            return Optional.empty();
        }
        return links.byToken(token)
                .map(link -> new CheckoutView(
                        new WorkspaceId(link.workspaceId()),
                        workspaces.get(new WorkspaceId(link.workspaceId())).name(),
                        customers
                                .get(new WorkspaceId(link.workspaceId()), link.customerId())
                                .name(),
                        view(link)));
    }

    /**
     * Sends the payer to the provider the link's workspace uses (Configuración → Pagos, else {@code
     * CONVERSA_PAYMENTS_PROVIDER}), with its keys: a Checkout Session (Stripe) or a Checkout Pro preference (Mercado
     * Pago) for the link's amount, its reference kept on the link. Empty with the built-in sandbox, or when the link
     * cannot be paid any more.
     */
    @Transactional
    public Optional<String> startCheckout(String token) {
        Optional<CheckoutView> checkout = checkout(token);
        if (checkout.isEmpty() || !checkout.get().link().open()) {
            return Optional.empty();
        }
        Optional<PaymentProvider> provider =
                providers.forCheckout(checkout.get().workspace());
        if (provider.isEmpty()) {
            return Optional.empty();
        }
        PaymentLinkView link = checkout.get().link();
        String page = publicUrl.base() + "/pay/" + token;
        CheckoutRedirect redirect = provider.get()
                .startCheckout(new CheckoutRequest(
                        link.id().toString(),
                        token,
                        link.amount(),
                        link.currency(),
                        description(link),
                        new ReturnUrls(page + "?paid", page, page + "?pending"),
                        checkout.get().workspaceName()));
        links.providerReference(link.id(), provider.get().id(), redirect.providerReference());
        return Optional.of(redirect.url());
    }

    private static String description(PaymentLinkView link) {
        return "Facturas "
                + String.join(
                        ", ",
                        link.invoices().stream()
                                .map(PaymentLinkView.LinkedInvoice::number)
                                .toList());
    }

    /** The checkout page's content: who collects (the workspace and its name), from whom, and the link. */
    public record CheckoutView(
            WorkspaceId workspace, String workspaceName, String customerName, PaymentLinkView link) {}

    /**
     * Confirms a payment of a link, once per provider payment: records a receivables payment (external reference
     * {@code provider:paymentId}) applied to the link's invoices oldest first, marks the link paid and publishes
     * {@link PaymentConfirmed}. A repeated confirmation changes nothing and answers false. A payment in another
     * currency than the link's is refused and nothing is recorded.
     */
    @Transactional
    public boolean confirm(
            String provider,
            String providerPaymentId,
            UUID linkId,
            BigDecimal amount,
            String currency,
            Instant paidAt) {
        Link link = links.lock(linkId).orElseThrow(() -> DomainException.notFound("Payment link", linkId));
        if (!link.currency().equalsIgnoreCase(currency)) {
            throw DomainException.invalid(
                    "currency", "payments.error.currency", "The payment's currency is not the link's", currency);
        }
        if (!links.recordConfirmation(provider, providerPaymentId, linkId, amount, link.currency(), paidAt)) {
            return false;
        }
        WorkspaceId workspace = new WorkspaceId(link.workspaceId());
        PaymentView payment = payments.record(
                        workspace,
                        new PaymentInput(
                                provider + ":" + providerPaymentId,
                                link.customerId(),
                                null,
                                link.invoices().stream()
                                        .map(PaymentLinkStore.Invoice::externalRef)
                                        .toList(),
                                amount,
                                link.currency(),
                                paidAt.atZone(workspaces.get(workspace).zone()).toLocalDate(),
                                provider,
                                "link " + link.id()))
                .value();
        links.markPaid(link.id(), payment.id(), paidAt);
        events.publishEvent(new PaymentConfirmed(
                workspace, link.id(), link.customerId(), link.conversationId(), amount, link.currency()));
        return true;
    }

    private List<InvoiceView> chosenInvoices(WorkspaceId workspace, NewPaymentLink request) {
        List<InvoiceView> owed = invoices.ofCustomer(workspace, request.customerId()).stream()
                .filter(i -> "open".equals(i.status()) && i.balance().signum() > 0)
                .sorted(Comparator.comparing(InvoiceView::dueDate).thenComparing(InvoiceView::number))
                .toList();
        List<InvoiceView> chosen;
        if (request.invoiceIds() == null || request.invoiceIds().isEmpty()) {
            chosen = owed.stream().filter(InvoiceView::overdue).toList();
        } else {
            for (UUID id : request.invoiceIds()) {
                if (owed.stream().noneMatch(i -> i.id().equals(id))) {
                    throw DomainException.invalid(
                            "invoiceIds",
                            "payments.error.invoice",
                            "Invoice " + id + " is not an open invoice of this customer",
                            id);
                }
            }
            chosen = owed.stream()
                    .filter(i -> request.invoiceIds().contains(i.id()))
                    .toList();
        }
        if (chosen.isEmpty()) {
            throw DomainException.invalid(
                    "invoiceIds", "payments.error.nothingOwed", "The customer has no overdue invoices to pay");
        }
        return chosen;
    }

    private PaymentLinkView view(Link link) {
        return new PaymentLinkView(
                link.id(),
                link.customerId(),
                link.conversationId(),
                CheckoutPage.url(publicUrl, link.token()),
                LinkAmounts.scaled(link.amount(), link.currency()),
                link.currency(),
                link.statusAt(Instant.now(clock)),
                link.invoices().stream()
                        .map(i -> new PaymentLinkView.LinkedInvoice(
                                i.invoiceId(),
                                i.number(),
                                i.dueDate(),
                                LinkAmounts.scaled(i.balance(), link.currency())))
                        .toList(),
                link.provider(),
                link.expiresAt(),
                link.createdAt(),
                link.paidAt());
    }

    /** 32 random bytes, URL-safe: 43 characters nobody guesses. */
    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
