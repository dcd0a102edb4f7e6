package io.conversa.inbox.web;

import io.conversa.core.DomainException;
import io.conversa.core.MessageResolver;
import io.conversa.core.WorkspaceId;
import io.conversa.inbox.TemplateRequest;
import io.conversa.templates.Argument;
import io.conversa.templates.Binding;
import io.conversa.templates.TemplateArguments;
import io.conversa.templates.TemplateView;
import io.conversa.templates.Templates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The "send a template" form, wherever it appears (a customer's profile, the chat composer): each variable and
 * button parameter is a field pair, {@code bind.<var>} (a binding to the customer's data) or {@code value.<var>} (a
 * typed value, used when no binding is chosen). Turns the form into a preview and into a send request.
 */
@Component
class TemplateForm {

    private final Templates templates;
    private final MessageSource messages;

    TemplateForm(Templates templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    /**
     * Offers the approved templates and describes the picked one ({@code templateId}, else the first): its fields,
     * values and preview, as {@link #describe}.
     */
    void pick(
            Model model,
            WorkspaceId workspace,
            List<TemplateView> approved,
            UUID templateId,
            Map<String, String> values,
            UUID customerId,
            Locale locale) {
        model.addAttribute("approved", approved);
        TemplateView chosen = templateId == null
                ? (approved.isEmpty() ? null : approved.get(0))
                : templates.get(workspace, templateId);
        if (chosen != null) {
            describe(model, workspace, chosen, values, customerId, true, locale);
        }
    }

    /**
     * Puts the chosen template's fields, their values and the rendered preview (or why it cannot render) in the
     * model. With {@code suggest}, variables without a value get the binding their name or wording suggests.
     */
    void describe(
            Model model,
            WorkspaceId workspace,
            TemplateView chosen,
            Map<String, String> values,
            UUID customerId,
            boolean suggest,
            Locale locale) {
        List<String> variables = templates.variables(chosen).body();
        Map<String, String> filled = new LinkedHashMap<>(values);
        if (suggest && customerId != null) {
            templates.suggestedBindings(chosen).forEach((variable, binding) -> {
                if (!filled.containsKey("bind." + variable) && !filled.containsKey("value." + variable)) {
                    filled.put("bind." + variable, binding.key());
                }
            });
        }
        model.addAttribute("chosen", chosen);
        model.addAttribute("variables", variables);
        model.addAttribute("fields", fields(chosen));
        model.addAttribute("values", filled);
        model.addAttribute("bindings", Binding.values());
        try {
            model.addAttribute(
                    "preview",
                    templates
                            .render(workspace, chosen, arguments(chosen, filled), customerId)
                            .text());
        } catch (DomainException e) {
            MessageResolver resolver = (key, args, fallback) -> messages.getMessage(key, args, fallback, locale);
            model.addAttribute("previewError", resolver.describe(e));
        }
    }

    /** The send request the form describes: parameters as bindings or typed values, button parameters too. */
    TemplateRequest request(TemplateView chosen, Map<String, String> values) {
        return TemplateRequest.of(chosen.name(), chosen.language(), arguments(chosen, values));
    }

    /** Body variables, then a URL button's suffix (e.g. a payment link) or a quick reply's payload per button. */
    private List<String> fields(TemplateView chosen) {
        List<String> fields = new ArrayList<>(templates.variables(chosen).body());
        templates.variables(chosen).buttons().forEach(index -> fields.add("button" + (index + 1)));
        return fields;
    }

    private static Argument argument(String variable, Map<String, String> values) {
        String bind = values.get("bind." + variable);
        if (bind != null && !bind.isBlank()) {
            return new Argument(null, bind);
        }
        return Argument.of(values.getOrDefault("value." + variable, ""));
    }

    private TemplateArguments arguments(TemplateView template, Map<String, String> values) {
        List<String> variables = templates.variables(template).body();
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
}
