package io.conversa.inbox.web;

import io.conversa.core.DomainException;
import io.conversa.core.MessageResolver;
import io.conversa.identity.CurrentUser;
import io.conversa.inbox.Inbox;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Enviar plantilla" from a customer's profile: pick an approved template, bind each variable to the customer's
 * data or type it, see exactly what the customer will read, and send it to the customer's phone.
 */
@Controller
class SendTemplateController {

    private final Templates templates;
    private final Customers customers;
    private final Inbox inbox;
    private final TemplateForm form;
    private final MessageSource messages;

    SendTemplateController(
            Templates templates, Customers customers, Inbox inbox, TemplateForm form, MessageSource messages) {
        this.templates = templates;
        this.customers = customers;
        this.inbox = inbox;
        this.form = form;
        this.messages = messages;
    }

    @GetMapping("/customers/{id}/send-template")
    String form(
            CurrentUser me,
            @PathVariable UUID id,
            @RequestParam(required = false) UUID template,
            @RequestParam Map<String, String> values,
            Model model,
            Locale locale) {
        CustomerView customer = customers.get(me.workspaceId(), id);
        List<TemplateView> approved = templates.list(me.workspaceId(), "APPROVED", null, null);
        model.addAttribute("customer", customer);
        form.pick(model, me.workspaceId(), approved, template, values, customer.id(), locale);
        return "customers/send-template";
    }

    @PostMapping("/customers/{id}/send-template")
    String send(
            CurrentUser me,
            @PathVariable UUID id,
            @RequestParam UUID template,
            @RequestParam Map<String, String> values,
            RedirectAttributes redirect,
            Locale locale) {
        CustomerView customer = customers.get(me.workspaceId(), id);
        TemplateView chosen = templates.get(me.workspaceId(), template);
        try {
            inbox.sendToNumber(
                    me.workspaceId(),
                    customer.phone(),
                    new SendRequest("template", null, null, null, form.request(chosen, values)),
                    me.userId(),
                    null);
            redirect.addFlashAttribute("flash", "templates.sent");
            return "redirect:/customers/" + id;
        } catch (DomainException e) {
            MessageResolver resolver = (key, args, fallback) -> messages.getMessage(key, args, fallback, locale);
            redirect.addFlashAttribute("sendError", resolver.describe(e));
            return "redirect:/customers/" + id + "/send-template?template=" + template;
        }
    }
}
