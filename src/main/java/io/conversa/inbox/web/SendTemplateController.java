package io.conversa.inbox.web;

import io.conversa.core.DomainException;
import io.conversa.core.MessageResolver;
import io.conversa.identity.CurrentUser;
import io.conversa.inbox.Inbox;
import io.conversa.inbox.SendRequest;
import io.conversa.inbox.TemplateRequest;
import io.conversa.receivables.CustomerView;
import io.conversa.receivables.Customers;
import io.conversa.templates.Argument;
import io.conversa.templates.Binding;
import io.conversa.templates.TemplateArguments;
import io.conversa.templates.TemplateView;
import io.conversa.templates.Templates;
import java.util.LinkedHashMap;
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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * "Enviar plantilla" from a customer's profile: pick an approved template, bind each variable to the customer's
 * data or type it, see exactly what the customer will read, and send it to the customer's phone.
 */
@Controller
class SendTemplateController {

    private final Templates templates;
    private final Customers customers;
    private final Inbox inbox;
    private final JsonMapper json;
    private final MessageSource messages;

    SendTemplateController(
            Templates templates, Customers customers, Inbox inbox, JsonMapper json, MessageSource messages) {
        this.templates = templates;
        this.customers = customers;
        this.inbox = inbox;
        this.json = json;
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
        model.addAttribute("approved", approved);
        model.addAttribute("bindings", Binding.values());
        TemplateView chosen = template == null
                ? (approved.isEmpty() ? null : approved.get(0))
                : templates.get(me.workspaceId(), template);
        if (chosen != null) {
            List<String> variables = templates.variables(chosen).body();
            model.addAttribute("chosen", chosen);
            model.addAttribute("variables", variables);
            // A URL button's suffix (e.g. a payment link) or a quick reply's payload is asked for like a variable.
            List<String> fields = new java.util.ArrayList<>(variables);
            templates.variables(chosen).buttons().forEach(index -> fields.add("button" + (index + 1)));
            model.addAttribute("fields", fields);
            model.addAttribute("values", values);
            try {
                model.addAttribute(
                        "preview",
                        templates
                                .render(me.workspaceId(), chosen, arguments(chosen, variables, values), customer.id())
                                .text());
            } catch (DomainException e) {
                MessageResolver resolver = (key, args, fallback) -> messages.getMessage(key, args, fallback, locale);
                model.addAttribute("previewError", resolver.describe(e));
            }
        }
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
        TemplateRequest request = new TemplateRequest(
                chosen.name(),
                chosen.language(),
                parametersJson(chosen, templates.variables(chosen).body(), values),
                null,
                buttonsJson(chosen, values));
        try {
            inbox.sendToNumber(
                    me.workspaceId(),
                    customer.phone(),
                    new SendRequest("template", null, null, null, request),
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

    /** Each variable: {@code bind.<var>} picks a binding, {@code value.<var>} a typed value (used when no binding). */
    private static Argument argument(String variable, Map<String, String> values) {
        String bind = values.get("bind." + variable);
        if (bind != null && !bind.isBlank()) {
            return new Argument(null, bind);
        }
        return Argument.of(values.getOrDefault("value." + variable, ""));
    }

    private TemplateArguments arguments(TemplateView template, List<String> variables, Map<String, String> values) {
        boolean named = "NAMED".equals(template.parameterFormat());
        List<Argument> body = named
                ? List.of()
                : variables.stream().map(v -> argument(v, values)).toList();
        Map<String, Argument> byName = new LinkedHashMap<>();
        if (named) {
            variables.forEach(v -> byName.put(v, argument(v, values)));
        }
        return new TemplateArguments(body, byName, List.of(), buttons(template, values));
    }

    private Map<Integer, Argument> buttons(TemplateView template, Map<String, String> values) {
        Map<Integer, Argument> buttons = new LinkedHashMap<>();
        templates
                .variables(template)
                .buttons()
                .forEach(index -> buttons.put(index, argument("button" + (index + 1), values)));
        return buttons;
    }

    private tools.jackson.databind.JsonNode parametersJson(
            TemplateView template, List<String> variables, Map<String, String> values) {
        if ("NAMED".equals(template.parameterFormat())) {
            ObjectNode named = json.createObjectNode();
            variables.forEach(v -> named.set(v, argumentJson(argument(v, values))));
            return named;
        }
        ArrayNode list = json.createArrayNode();
        variables.forEach(v -> list.add(argumentJson(argument(v, values))));
        return list;
    }

    private tools.jackson.databind.JsonNode buttonsJson(TemplateView template, Map<String, String> values) {
        ObjectNode buttons = json.createObjectNode();
        buttons(template, values)
                .forEach((index, argument) -> buttons.set(String.valueOf(index), argumentJson(argument)));
        return buttons;
    }

    private tools.jackson.databind.JsonNode argumentJson(Argument argument) {
        ObjectNode node = json.createObjectNode();
        if (argument.bind() != null) {
            node.put("bind", argument.bind());
        } else {
            node.put("value", argument.value());
        }
        return node;
    }
}
