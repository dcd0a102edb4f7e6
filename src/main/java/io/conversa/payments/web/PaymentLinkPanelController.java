package io.conversa.payments.web;

import io.conversa.core.DomainException;
import io.conversa.identity.CurrentUser;
import io.conversa.inbox.ConversationView;
import io.conversa.inbox.Inbox;
import io.conversa.payments.NewPaymentLink;
import io.conversa.payments.PaymentLinkView;
import io.conversa.payments.PaymentLinks;
import io.conversa.receivables.Customers;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer panel's "Link de pago": pick invoices (all overdue ones checked) or a partial amount, create the link
 * and put it in the chat: a message inside the 24-hour window; outside it the approved templates that can carry the
 * link are offered (see {@link PaymentLinkTemplateController}). The thread records the link once it is sent. Loaded
 * into the inbox's panel by htmx.
 */
@Controller
class PaymentLinkPanelController {

    private final PaymentLinks links;
    private final Inbox inbox;
    private final Customers customers;
    private final PaymentLinkPanel panel;
    private final PaymentLinkMessages chat;
    private final Clock clock;

    PaymentLinkPanelController(
            PaymentLinks links,
            Inbox inbox,
            Customers customers,
            PaymentLinkPanel panel,
            PaymentLinkMessages chat,
            Clock clock) {
        this.links = links;
        this.inbox = inbox;
        this.customers = customers;
        this.panel = panel;
        this.chat = chat;
        this.clock = clock;
    }

    @GetMapping("/conversations/{id}/payment-link")
    String show(CurrentUser user, @PathVariable UUID id, Model model) {
        return panel.show(user.workspaceId(), id, model);
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
            Locale locale,
            HttpServletResponse response) {
        ConversationView conversation = inbox.conversation(user.workspaceId(), id);
        try {
            PaymentLinkView link = links.create(
                    user.workspaceId(),
                    new NewPaymentLink(conversation.customerId(), invoiceIds, amount(amount), id),
                    user.userId());
            if (conversation.windowOpen(Instant.now(clock))) {
                chat.sendText(user.workspaceId(), id, link, user.userId());
                model.addAttribute("sent", link);
                response.setHeader("HX-Trigger", "conversa:changed");
            } else {
                // outside the window only an approved template may carry it: the agent picks one (nothing else of
                // the conversation changed, so it is not redrawn and the choice stays on screen)
                panel.offerTemplates(model, user.workspaceId(), conversation, link, locale);
            }
        } catch (DomainException e) {
            model.addAttribute("problems", PaymentLinkPanel.problems(e));
        }
        return panel.show(user.workspaceId(), id, model);
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
