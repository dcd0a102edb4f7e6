package io.conversa.inbox.web;

import io.conversa.core.DomainException;
import io.conversa.core.MessageResolver;
import io.conversa.identity.CurrentUser;
import io.conversa.inbox.Inbox;
import io.conversa.inbox.MessageView;
import io.conversa.inbox.SendRequest;
import io.conversa.receivables.CustomerView;
import io.conversa.receivables.Customers;
import io.conversa.templates.TemplateView;
import io.conversa.templates.Templates;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Nuevo mensaje: start (or continue) a conversation with a customer found by search, or with any number typed in
 * any format, by sending an approved template: outside an open window a business may only write first that way.
 */
@Controller
class NewConversationController {

    private final Inbox inbox;
    private final Customers customers;
    private final Templates templates;
    private final TemplateForm templateForm;
    private final MessageSource messages;

    NewConversationController(
            Inbox inbox, Customers customers, Templates templates, TemplateForm templateForm, MessageSource messages) {
        this.inbox = inbox;
        this.customers = customers;
        this.templates = templates;
        this.templateForm = templateForm;
        this.messages = messages;
    }

    /**
     * The form: {@code q} searches customers, {@code customer} picks one, {@code to} is a typed number; the chosen
     * template's fields and preview follow the recipient.
     */
    @GetMapping("/conversations/new")
    String form(
            CurrentUser me,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) UUID customer,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(required = false) UUID template,
            @RequestParam Map<String, String> values,
            Model model,
            Locale locale) {
        model.addAttribute("to", to.strip());
        CustomerMatches.addTo(model, customers, me.workspaceId(), q);
        CustomerView recipient = recipient(me, customer, to.strip());
        model.addAttribute("recipient", recipient);
        List<TemplateView> approved = templates.list(me.workspaceId(), "APPROVED", null, null);
        templateForm.pick(
                model, me.workspaceId(), approved, template, values, recipient == null ? null : recipient.id(), locale);
        return "inbox/new";
    }

    @PostMapping("/conversations/new")
    String send(
            CurrentUser me,
            @RequestParam(required = false) UUID customer,
            @RequestParam(defaultValue = "") String to,
            @RequestParam UUID template,
            @RequestParam Map<String, String> values,
            Model model,
            Locale locale) {
        TemplateView chosen = templates.get(me.workspaceId(), template);
        String number =
                customer != null ? customers.get(me.workspaceId(), customer).phone() : to.strip();
        try {
            if (number == null || number.isBlank()) {
                throw DomainException.invalid("to", "inbox.error.noRecipient", "Choose a customer or type a number");
            }
            MessageView sent = inbox.sendToNumber(
                    me.workspaceId(),
                    number,
                    new SendRequest("template", null, null, null, templateForm.request(chosen, values)),
                    me.userId(),
                    null);
            return "redirect:/conversations/" + sent.conversationId();
        } catch (DomainException e) {
            MessageResolver resolver = (key, args, fallback) -> messages.getMessage(key, args, fallback, locale);
            model.addAttribute("sendError", resolver.describe(e));
            return form(me, "", customer, to, template, values, model, locale);
        }
    }

    /** The picked customer, else the customer whose phone is the typed number, else nobody (just a number). */
    private CustomerView recipient(CurrentUser me, UUID customer, String to) {
        if (customer != null) {
            return customers.get(me.workspaceId(), customer);
        }
        if (to.isEmpty()) {
            return null;
        }
        return customers
                .normalizePhone(me.workspaceId(), to)
                .flatMap(number -> customers.findByPhone(me.workspaceId(), number.digits()))
                .orElse(null);
    }
}
