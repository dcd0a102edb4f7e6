package io.conversa.payments.web;

import io.conversa.core.DomainException;
import io.conversa.identity.CurrentUser;
import io.conversa.inbox.ConversationView;
import io.conversa.inbox.Inbox;
import io.conversa.payments.PaymentLinkView;
import io.conversa.payments.PaymentLinks;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sends a payment link of the conversation's customer in the approved template the agent picked (outside the 24-hour
 * window): once per link, however often it is clicked; a link that is paid or expired is not sent.
 */
@Controller
class PaymentLinkTemplateController {

    private final PaymentLinks links;
    private final Inbox inbox;
    private final PaymentLinkPanel panel;
    private final PaymentLinkMessages chat;

    PaymentLinkTemplateController(PaymentLinks links, Inbox inbox, PaymentLinkPanel panel, PaymentLinkMessages chat) {
        this.links = links;
        this.inbox = inbox;
        this.panel = panel;
        this.chat = chat;
    }

    @PostMapping("/conversations/{id}/payment-link/{linkId}/template")
    String send(
            CurrentUser user,
            @PathVariable UUID id,
            @PathVariable UUID linkId,
            @RequestParam(required = false) UUID template,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        ConversationView conversation = inbox.conversation(user.workspaceId(), id);
        PaymentLinkView link = links.get(user.workspaceId(), linkId);
        if (!link.customerId().equals(conversation.customerId())) {
            throw DomainException.notFound("Payment link", linkId);
        }
        try {
            if (!link.open()) {
                throw DomainException.invalid("link", "paylink.error.notOpen", "The link is paid or expired");
            }
            if (template == null) {
                throw DomainException.invalid("template", "paylink.error.template", "Choose a template");
            }
            chat.sendTemplate(user.workspaceId(), conversation, link, template, user.userId());
            model.addAttribute("sent", link);
            response.setHeader("HX-Trigger", "conversa:changed");
        } catch (DomainException e) {
            model.addAttribute("problems", PaymentLinkPanel.problems(e));
            if (link.open()) {
                panel.offerTemplates(model, user.workspaceId(), conversation, link, locale);
            }
        }
        return panel.show(user.workspaceId(), id, model);
    }
}
