package io.conversa.payments.web;

import io.conversa.core.DomainException;
import io.conversa.core.FieldProblem;
import io.conversa.core.WorkspaceId;
import io.conversa.inbox.ConversationView;
import io.conversa.inbox.Inbox;
import io.conversa.payments.PaymentLinkView;
import io.conversa.payments.PaymentLinks;
import io.conversa.receivables.Customers;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The "Link de pago" section of a conversation's panel: the customer's overdue invoices to pick, their newest links
 * and, after a link is created outside the 24-hour window, the templates that can carry it.
 */
@Component
class PaymentLinkPanel {

    static final String VIEW = "payments/panel :: payment-link";

    private final PaymentLinks links;
    private final Inbox inbox;
    private final Customers customers;
    private final PaymentLinkMessages chat;

    PaymentLinkPanel(PaymentLinks links, Inbox inbox, Customers customers, PaymentLinkMessages chat) {
        this.links = links;
        this.inbox = inbox;
        this.customers = customers;
        this.chat = chat;
    }

    String show(WorkspaceId workspace, UUID conversationId, Model model) {
        ConversationView conversation = inbox.conversation(workspace, conversationId);
        model.addAttribute("conversationId", conversationId);
        if (conversation.customerId() != null) {
            model.addAttribute(
                    "overdue",
                    customers.summary(workspace, conversation.customerId()).overdueInvoices());
            List<PaymentLinkView> recent = links.ofCustomer(workspace, conversation.customerId());
            model.addAttribute("recent", recent.subList(0, Math.min(3, recent.size())));
        }
        return VIEW;
    }

    /** The link to send with a template (the window is closed) and the approved templates that can carry it. */
    void offerTemplates(
            Model model, WorkspaceId workspace, ConversationView conversation, PaymentLinkView link, Locale locale) {
        model.addAttribute("toSend", link);
        model.addAttribute("linkTemplates", chat.offers(workspace, conversation, link, locale));
    }

    /** What went wrong, as the panel lists it: the field problems, or the refusal itself. */
    static List<FieldProblem> problems(DomainException e) {
        if (!e.fieldProblems().isEmpty()) {
            return e.fieldProblems();
        }
        return List.of(new FieldProblem(null, e.messageKey(), e.getMessage(), List.of(e.arguments())));
    }
}
