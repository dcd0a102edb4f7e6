package io.conversa.payments.web;

import io.conversa.core.DomainException;
import io.conversa.identity.CurrentUser;
import io.conversa.inbox.ConversationView;
import io.conversa.inbox.Inbox;
import io.conversa.inbox.SendRequest;
import io.conversa.payments.NewPaymentLink;
import io.conversa.payments.PaymentLinkView;
import io.conversa.payments.PaymentLinks;
import io.conversa.payments.internal.LinkAmounts;
import io.conversa.receivables.Customers;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer panel's "Link de pago": pick invoices (all overdue ones checked) or a partial amount, create the link
 * and put it in the chat: a message inside the 24-hour window; outside it the link is shown to send with a template.
 * The thread records it as a system event. Loaded into the inbox's panel by htmx.
 */
@Controller
class PaymentLinkPanelController {

    private final PaymentLinks links;
    private final Inbox inbox;
    private final Customers customers;
    private final Clock clock;

    PaymentLinkPanelController(PaymentLinks links, Inbox inbox, Customers customers, Clock clock) {
        this.links = links;
        this.inbox = inbox;
        this.customers = customers;
        this.clock = clock;
    }

    @GetMapping("/conversations/{id}/payment-link")
    String show(CurrentUser user, @PathVariable UUID id, Model model) {
        ConversationView conversation = inbox.conversation(user.workspaceId(), id);
        model.addAttribute("conversationId", id);
        if (conversation.customerId() != null) {
            model.addAttribute(
                    "overdue",
                    customers
                            .summary(user.workspaceId(), conversation.customerId())
                            .overdueInvoices());
            List<PaymentLinkView> recent = links.ofCustomer(user.workspaceId(), conversation.customerId());
            model.addAttribute("recent", recent.subList(0, Math.min(3, recent.size())));
        }
        return "payments/panel :: payment-link";
    }

    /** The customer profile's "Links de pago": every link of the customer, newest first, with its status. */
    @GetMapping("/customers/{id}/payment-links")
    String ofCustomer(CurrentUser user, @PathVariable UUID id, Model model) {
        customers.get(user.workspaceId(), id);
        model.addAttribute("links", links.ofCustomer(user.workspaceId(), id));
        return "payments/panel :: customer-links";
    }

    @PostMapping("/conversations/{id}/payment-link")
    String create(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) List<UUID> invoiceIds,
            @RequestParam(required = false) String amount,
            Model model,
            HttpServletResponse response) {
        ConversationView conversation = inbox.conversation(user.workspaceId(), id);
        try {
            PaymentLinkView link = links.create(
                    user.workspaceId(),
                    new NewPaymentLink(conversation.customerId(), invoiceIds, amount(amount), id),
                    user.userId());
            String shown = LinkAmounts.display(link.amount(), link.currency());
            if (conversation.windowOpen(Instant.now(clock))) {
                inbox.send(
                        user.workspaceId(),
                        id,
                        SendRequest.text("Puedes pagar " + shown + " de forma segura en este link: " + link.url()),
                        user.userId(),
                        "payment-link:" + link.id());
                model.addAttribute("sent", link);
            } else {
                model.addAttribute("toSend", link); // outside the window only a template may carry it
            }
            inbox.recordEvent(user.workspaceId(), id, "payment_link", shown, user.userId(), "message");
            response.setHeader("HX-Trigger", "conversa:changed");
        } catch (DomainException e) {
            model.addAttribute("problems", e.fieldProblems());
        }
        return show(user, id, model);
    }

    private static BigDecimal amount(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(" ", ""));
        } catch (NumberFormatException e) {
            throw DomainException.invalid("amount", "payments.error.amountNumber", "The amount must be a number");
        }
    }
}
