package io.conversa.campaigns.web;

import io.conversa.campaigns.BulkSends;
import io.conversa.core.DomainException;
import io.conversa.core.WorkspaceId;
import io.conversa.inbox.TemplateRequest;
import io.conversa.templates.Argument;
import io.conversa.templates.Binding;
import io.conversa.templates.TemplateArguments;
import io.conversa.templates.TemplateVariables;
import io.conversa.templates.TemplateView;
import io.conversa.templates.Templates;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a bulk-send form means: the chosen approved template with each body variable bound to the customer data its
 * name or wording suggests (customer name, balance, …), so every recipient gets its own values (a CSV's columns
 * override them), and the preview of the first recipients' messages.
 */
@Component
class BulkSendForms {

    private final Templates templates;
    private final BulkSends bulkSends;
    private final JsonMapper json;

    BulkSendForms(Templates templates, BulkSends bulkSends, JsonMapper json) {
        this.templates = templates;
        this.bulkSends = bulkSends;
        this.json = json;
    }

    TemplateRequest template(WorkspaceId workspace, BulkSendForm form) {
        TemplateView template = chosen(workspace, form);
        Map<String, Binding> bindings = bindings(template);
        if (bindings.isEmpty()) {
            return new TemplateRequest(template.name(), template.language(), null, null, null);
        }
        if (templates.variables(template).named()) {
            ObjectNode parameters = json.createObjectNode();
            bindings.forEach((name, binding) -> parameters.set(name, bind(binding)));
            return new TemplateRequest(template.name(), template.language(), parameters, null, null);
        }
        ArrayNode parameters = json.createArrayNode();
        bindings.values().forEach(binding -> parameters.add(bind(binding)));
        return new TemplateRequest(template.name(), template.language(), parameters, null, null);
    }

    /** The messages the first recipients of the form's audience would read. */
    List<MessagePreview> preview(WorkspaceId workspace, BulkSendForm form, int limit) {
        TemplateView template = chosen(workspace, form);
        Map<String, Binding> bindings = bindings(template);
        boolean named = templates.variables(template).named();
        Map<String, Argument> byName = new LinkedHashMap<>();
        bindings.forEach((name, binding) -> byName.put(name, new Argument(null, binding.key())));
        TemplateArguments arguments = named
                ? new TemplateArguments(null, byName, null, null)
                : new TemplateArguments(List.copyOf(byName.values()), null, null, null);
        return bulkSends.firstOf(workspace, form.audience(), limit).stream()
                .map(member -> new MessagePreview(
                        member.name(),
                        member.phone(),
                        templates
                                .render(workspace, template, arguments, member.customerId())
                                .text()))
                .toList();
    }

    private TemplateView chosen(WorkspaceId workspace, BulkSendForm form) {
        String[] choice =
                form.template() == null ? new String[0] : form.template().split("\\|", 2);
        if (choice.length != 2) {
            throw DomainException.invalid("template", "bulk.error.template", "Choose an approved template");
        }
        return templates.list(workspace, "APPROVED", null, choice[1]).stream()
                .filter(t -> t.name().equals(choice[0]))
                .findFirst()
                .orElseThrow(() ->
                        DomainException.invalid("template", "bulk.error.template", "Choose an approved template"));
    }

    /** Each body variable in order with the customer data it takes; 422 when one takes none (a CSV is needed). */
    private Map<String, Binding> bindings(TemplateView template) {
        TemplateVariables variables = templates.variables(template);
        Map<String, Binding> suggested = templates.suggestedBindings(template);
        Map<String, Binding> bindings = new LinkedHashMap<>();
        for (String variable : variables.body()) {
            Binding binding = suggested.get(variable);
            if (binding == null) {
                throw DomainException.invalid(
                        "template",
                        "bulk.error.unboundVariable",
                        "The template's variable {{" + variable + "}} takes no customer data: send it with a CSV",
                        variable);
            }
            bindings.put(variable, binding);
        }
        return bindings;
    }

    private ObjectNode bind(Binding binding) {
        ObjectNode bound = json.createObjectNode();
        bound.put("bind", binding.key());
        return bound;
    }
}
