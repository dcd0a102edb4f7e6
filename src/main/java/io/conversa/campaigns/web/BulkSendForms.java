package io.conversa.campaigns.web;

import io.conversa.core.DomainException;
import io.conversa.core.WorkspaceId;
import io.conversa.inbox.TemplateRequest;
import io.conversa.templates.Binding;
import io.conversa.templates.TemplateVariables;
import io.conversa.templates.TemplateView;
import io.conversa.templates.Templates;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The template request a bulk-send form asks for: each body variable bound to the customer data its name or wording
 * suggests (customer name, balance, …), so every recipient gets its own values; a CSV's columns override them.
 */
@Component
class BulkSendForms {

    private final Templates templates;
    private final JsonMapper json;

    BulkSendForms(Templates templates, JsonMapper json) {
        this.templates = templates;
        this.json = json;
    }

    TemplateRequest template(WorkspaceId workspace, BulkSendForm form) {
        String[] choice =
                form.template() == null ? new String[0] : form.template().split("\\|", 2);
        if (choice.length != 2) {
            throw DomainException.invalid("template", "bulk.error.template", "Choose an approved template");
        }
        TemplateView template = templates.list(workspace, "APPROVED", null, choice[1]).stream()
                .filter(t -> t.name().equals(choice[0]))
                .findFirst()
                .orElseThrow(() ->
                        DomainException.invalid("template", "bulk.error.template", "Choose an approved template"));
        TemplateVariables variables = templates.variables(template);
        Map<String, Binding> bindings = templates.suggestedBindings(template);
        if (variables.body().isEmpty()) {
            return new TemplateRequest(template.name(), template.language(), null, null, null);
        }
        if (variables.named()) {
            ObjectNode parameters = json.createObjectNode();
            variables.body().forEach(name -> parameters.set(name, bind(bindings, name)));
            return new TemplateRequest(template.name(), template.language(), parameters, null, null);
        }
        ArrayNode parameters = json.createArrayNode();
        List<String> body = variables.body();
        body.forEach(name -> parameters.add(bind(bindings, name)));
        return new TemplateRequest(template.name(), template.language(), parameters, null, null);
    }

    private ObjectNode bind(Map<String, Binding> bindings, String variable) {
        Binding binding = bindings.get(variable);
        if (binding == null) {
            throw DomainException.invalid(
                    "template",
                    "bulk.error.unboundVariable",
                    "The template's variable {{" + variable + "}} takes no customer data: send it with a CSV",
                    variable);
        }
        ObjectNode bound = json.createObjectNode();
        bound.put("bind", binding.key());
        return bound;
    }
}
