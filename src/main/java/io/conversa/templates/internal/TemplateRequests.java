package io.conversa.templates.internal;

import io.conversa.core.DomainException;
import io.conversa.core.FieldProblem;
import io.conversa.templates.TemplateDraft;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The request bodies of Meta's template management API. {@link #creationJson} is the body of {@code POST
 * /<WABA-id>/message_templates}: name, language, category, {@code parameter_format} (only for NAMED, POSITIONAL
 * being Meta's default) and the HEADER, BODY, FOOTER and BUTTONS components with the examples Meta's review needs.
 */
public final class TemplateRequests {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final TemplateRules rules;

    public TemplateRequests() {
        this(new TemplateRules());
    }

    public TemplateRequests(TemplateRules rules) {
        this.rules = rules;
    }

    /**
     * The creation request for {@code draft}, checked first.
     *
     * @throws DomainException INVALID with every broken rule when the draft breaks {@link TemplateRules}
     */
    public String creationJson(TemplateDraft draft) {
        List<FieldProblem> problems = rules.check(draft);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return creation(draft).toString();
    }

    ObjectNode creation(TemplateDraft draft) {
        boolean named = TemplateRules.isNamed(draft.parameterFormat());
        ObjectNode request = JSON.createObjectNode()
                .put("name", draft.name())
                .put("language", draft.language())
                .put("category", upper(draft.category()));
        if (named) {
            request.put("parameter_format", "NAMED");
        }
        ArrayNode components = request.putArray("components");
        if (TemplateRules.hasHeader(draft)) {
            header(components.addObject(), draft.header(), named);
        }
        body(components.addObject(), draft.body(), draft.bodyExamples(), named);
        if (draft.footer() != null && !draft.footer().isBlank()) {
            components.addObject().put("type", "FOOTER").put("text", draft.footer());
        }
        if (draft.buttons() != null && !draft.buttons().isEmpty()) {
            ArrayNode buttons = components.addObject().put("type", "BUTTONS").putArray("buttons");
            draft.buttons().forEach(button -> button(buttons.addObject(), button));
        }
        return request;
    }

    private static void header(ObjectNode component, TemplateDraft.Header header, boolean named) {
        String format = upper(header.format());
        component.put("type", "HEADER").put("format", format);
        if (!"TEXT".equals(format)) {
            component
                    .putObject("example")
                    .putArray("header_handle")
                    .add(header.mediaExampleUrl().trim());
            return;
        }
        component.put("text", header.text());
        List<String> variables = TemplateStructure.placeholders(header.text());
        if (variables.isEmpty()) {
            return;
        }
        ObjectNode example = component.putObject("example");
        if (named) {
            example.putArray("header_text_named_params")
                    .addObject()
                    .put("param_name", variables.get(0))
                    .put("example", header.example());
        } else {
            example.putArray("header_text").add(header.example());
        }
    }

    private static void body(ObjectNode component, String text, List<String> examples, boolean named) {
        component.put("type", "BODY").put("text", text);
        List<String> variables = TemplateRules.bodyVariables(text);
        if (variables.isEmpty()) {
            return;
        }
        ObjectNode example = component.putObject("example");
        if (named) {
            ArrayNode params = example.putArray("body_text_named_params");
            for (int i = 0; i < variables.size(); i++) {
                params.addObject().put("param_name", variables.get(i)).put("example", examples.get(i));
            }
        } else {
            ArrayNode values = example.putArray("body_text").addArray();
            examples.forEach(values::add);
        }
    }

    private static void button(ObjectNode node, TemplateDraft.Button button) {
        String type = upper(button.type());
        node.put("type", type).put("text", button.text());
        switch (type) {
            case "URL" -> {
                String url = button.url().trim();
                node.put("url", url);
                if (!TemplateStructure.placeholders(url).isEmpty()) {
                    node.putArray("example").add(button.example().trim());
                }
            }
            case "PHONE_NUMBER" -> node.put("phone_number", button.phoneNumber().trim());
            default -> {
                // QUICK_REPLY: type and text only
            }
        }
    }

    private static String upper(String value) {
        return value.trim().toUpperCase(Locale.ROOT);
    }
}
