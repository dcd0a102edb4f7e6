package io.conversa.templates.internal;

import io.conversa.core.DomainException;
import io.conversa.core.FieldProblem;
import io.conversa.core.ValueFormats;
import io.conversa.templates.Argument;
import io.conversa.templates.Binding;
import io.conversa.templates.BindingData;
import io.conversa.templates.RenderedTemplate;
import io.conversa.templates.RenderedTemplate.Component;
import io.conversa.templates.RenderedTemplate.Parameter;
import io.conversa.templates.TemplateArguments;
import io.conversa.templates.TemplateView;
import io.conversa.templates.internal.TemplateStructure.Button;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Fills a template's variables, by hand or from the customer's data, and renders exactly what the customer will read
 * together with the parameters Meta takes. All or nothing: a wrong number of values, an unknown binding, data the
 * customer does not have or a value Meta would refuse stops the rendering, so nothing is ever sent half-filled.
 *
 * <p>Bound values are cleaned (every run of whitespace becomes one space, as Meta's parameter rule requires);
 * hand-typed values are taken as given and refused when they break the rule (no line breaks, tabs or more than four
 * consecutive spaces). Quick-reply buttons take an optional payload; without one the button's own text is sent.
 * A URL button's value is the suffix after the button's address; a full link that starts with that address is cut
 * down to its suffix (so {@code payment.link} can be bound to a payment button).
 */
public final class VariableBinder {

    private static final Pattern FORBIDDEN_TEXT = Pattern.compile("[\\n\\r\\t]| {5,}");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern MEDIA_LINK = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);

    public RenderedTemplate render(TemplateView template, TemplateArguments args, BindingData data) {
        TemplateStructure structure = TemplateStructure.parse(template.componentsJson(), template.parameterFormat());
        TemplateArguments given = args == null ? new TemplateArguments(null, null, null, null) : args;
        supported(structure);
        counts(structure, given);

        Values values = new Values(data);
        List<Component> components = new ArrayList<>();
        String headerText = header(structure, given, values, components);
        String bodyText = body(structure, given, values, components);
        buttons(structure, given, values, components);
        values.throwProblems();

        List<String> parts = new ArrayList<>();
        for (String part : new String[] {headerText, bodyText, structure.footer()}) {
            if (part != null && !part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return new RenderedTemplate(template.name(), template.language(), String.join("\n", parts), components);
    }

    private static void supported(TemplateStructure structure) {
        structure.header().ifPresent(header -> {
            if (!header.isText() && !header.isMedia()) {
                throw unsupported("header " + header.format());
            }
        });
        for (Button button : structure.buttons()) {
            if (!button.supported()) {
                throw unsupported("button " + button.type());
            }
        }
    }

    private static void counts(TemplateStructure structure, TemplateArguments args) {
        int header = structure.headerParameterCount();
        if (args.header().size() != header) {
            throw parameterCount(header, args.header().size(), "header");
        }
        if (structure.named()) {
            List<String> names = structure.namedVariables();
            if (!args.body().isEmpty()
                    || !new TreeSet<>(names).equals(new TreeSet<>(args.named().keySet()))) {
                List<String> givenNames =
                        new ArrayList<>(new TreeSet<>(args.named().keySet()));
                for (int i = 0; i < args.body().size(); i++) {
                    givenNames.add("#" + (i + 1));
                }
                throw new DomainException(
                        DomainException.Kind.UNPROCESSABLE,
                        "templates.error.parameterNames",
                        "The template takes " + describe(names) + "; given: " + describe(givenNames),
                        List.of(describe(names), describe(givenNames)));
            }
        } else {
            int expected = structure.positionalCount();
            if (args.body().size() != expected || !args.named().isEmpty()) {
                throw parameterCount(expected, args.body().size() + args.named().size(), "body");
            }
        }
        Map<Integer, Button> buttons = new HashMap<>();
        structure.buttons().forEach(b -> buttons.put(b.index(), b));
        for (Integer index : new TreeSet<>(args.buttons().keySet())) {
            Button button = buttons.get(index);
            if (button == null || !button.takesParameter()) {
                throw parameterCount(0, 1, "buttons[" + index + "]");
            }
        }
        for (Button button : structure.buttons()) {
            if (button.dynamicUrl() && !args.buttons().containsKey(button.index())) {
                throw parameterCount(1, 0, "buttons[" + button.index() + "]");
            }
        }
    }

    private static String header(
            TemplateStructure structure, TemplateArguments args, Values values, List<Component> components) {
        TemplateStructure.Header header = structure.header().orElse(null);
        if (header == null) {
            return null;
        }
        if (header.isMedia()) {
            String link = values.mediaLink(args.header().get(0), "header[0]");
            String type = header.format().toLowerCase(Locale.ROOT);
            components.add(new Component("header", null, null, List.of(new Parameter(type, null, link))));
            return null;
        }
        String variable = structure.headerVariable();
        if (variable == null) {
            return header.text();
        }
        String value = values.text(args.header().get(0), "header[0]", "{{" + variable + "}}");
        String name = structure.named() ? variable : null;
        components.add(new Component("header", null, null, List.of(new Parameter("text", name, value))));
        return TemplateStructure.fill(header.text(), v -> v.equals(variable) ? value : null);
    }

    private static String body(
            TemplateStructure structure, TemplateArguments args, Values values, List<Component> components) {
        Map<String, String> filled = new LinkedHashMap<>();
        List<Parameter> parameters = new ArrayList<>();
        if (structure.named()) {
            for (String name : structure.namedVariables()) {
                String value = values.text(args.named().get(name), "named." + name, "{{" + name + "}}");
                filled.put(name, value);
                parameters.add(new Parameter("text", name, value));
            }
        } else {
            for (int i = 0; i < structure.positionalCount(); i++) {
                String variable = Integer.toString(i + 1);
                String value = values.text(args.body().get(i), "body[" + i + "]", "{{" + variable + "}}");
                filled.put(variable, value);
                parameters.add(new Parameter("text", null, value));
            }
        }
        if (!parameters.isEmpty()) {
            components.add(new Component("body", null, null, List.copyOf(parameters)));
        }
        return TemplateStructure.fill(structure.body(), filled::get);
    }

    private static void buttons(
            TemplateStructure structure, TemplateArguments args, Values values, List<Component> components) {
        for (Button button : structure.parameterButtons()) {
            Argument argument = args.buttons().get(button.index());
            String field = "buttons[" + button.index() + "]";
            if (button.dynamicUrl()) {
                String suffix = values.urlSuffix(argument, field, button.urlPrefix());
                components.add(
                        new Component("button", "url", button.index(), List.of(new Parameter("text", null, suffix))));
            } else {
                String payload = argument == null ? button.text() : values.text(argument, field, button.text());
                components.add(new Component(
                        "button", "quick_reply", button.index(), List.of(new Parameter("payload", null, payload))));
            }
        }
    }

    /** Resolves arguments to text, collecting the problems with hand-typed values to report them all at once. */
    private static final class Values {

        private final BindingData data;
        private final List<FieldProblem> problems = new ArrayList<>();

        Values(BindingData data) {
            this.data = data;
        }

        /** A text parameter's value; null (with a problem recorded) when the argument is refused. */
        String text(Argument argument, String field, String variable) {
            String value = raw(argument, field, variable);
            if (value == null) {
                return null;
            }
            if (FORBIDDEN_TEXT.matcher(value).find()) {
                problems.add(new FieldProblem(
                        field,
                        "templates.error.parameterText",
                        "The value of " + variable
                                + " may not contain line breaks, tabs or more than four spaces in a row",
                        List.of(variable)));
                return null;
            }
            return value;
        }

        String mediaLink(Argument argument, String field) {
            String link = raw(argument, field, "header");
            if (link == null) {
                return null;
            }
            if (!MEDIA_LINK.matcher(link).matches()) {
                problems.add(new FieldProblem(
                        field,
                        "templates.error.mediaLink",
                        "The header needs a link to the file, starting with https://",
                        List.of(link)));
                return null;
            }
            return link;
        }

        String urlSuffix(Argument argument, String field, String prefix) {
            String value = text(argument, field, "{{1}}");
            if (value == null) {
                return null;
            }
            if (!prefix.isEmpty() && value.startsWith(prefix) && value.length() > prefix.length()) {
                return value.substring(prefix.length());
            }
            if (value.contains("://") || value.contains(" ")) {
                problems.add(new FieldProblem(
                        field,
                        "templates.error.urlSuffix",
                        "The button opens " + prefix + " followed by this value: give only the end of the link",
                        List.of(prefix, value)));
                return null;
            }
            return value;
        }

        private String raw(Argument argument, String field, String variable) {
            if (argument == null || (argument.value() == null) == (argument.bind() == null)) {
                problems.add(new FieldProblem(
                        field,
                        "templates.error.argument",
                        "Give " + variable + " either a value or a binding",
                        List.of(variable)));
                return null;
            }
            if (argument.value() != null) {
                if (argument.value().isBlank()) {
                    problems.add(new FieldProblem(
                            field, "templates.error.emptyValue", "Write a value for " + variable, List.of(variable)));
                    return null;
                }
                return argument.value();
            }
            String key = argument.bind().trim();
            Optional<String> bound = bound(key, field, variable);
            if (bound == null) {
                return null;
            }
            String clean = bound.map(v -> WHITESPACE.matcher(v).replaceAll(" ").strip())
                    .filter(v -> !v.isEmpty())
                    .orElseThrow(() -> missingData(variable, key));
            return clean;
        }

        /** The bound value (empty when the customer has no such data), or null for an unknown binding. */
        private Optional<String> bound(String key, String field, String variable) {
            if (data == null) {
                return Optional.empty();
            }
            Optional<Binding> binding = Binding.fromKey(key);
            if (binding.isEmpty()) {
                if (data.extra().containsKey(key)) {
                    return Optional.ofNullable(data.extra().get(key));
                }
                problems.add(new FieldProblem(
                        field,
                        "templates.error.unknownBinding",
                        "Unknown data for " + variable + ": " + key,
                        List.of(variable, key)));
                return null;
            }
            Locale locale = data.locale();
            return switch (binding.get()) {
                case CUSTOMER_NAME -> Optional.ofNullable(data.customerName());
                case BALANCE -> money(data.balance(), variable, key);
                case OLDEST_INVOICE_NUMBER -> Optional.ofNullable(data.oldestInvoiceNumber());
                case OLDEST_INVOICE_AMOUNT -> money(data.oldestInvoiceAmount(), variable, key);
                case OLDEST_INVOICE_DUE_DATE ->
                    Optional.ofNullable(data.oldestInvoiceDueDate()).map(d -> ValueFormats.date(d, locale));
                case OVERDUE_INVOICES ->
                    data.overdueInvoices() > 0
                            ? Optional.of(ValueFormats.count(data.overdueInvoices()))
                            : Optional.empty();
                case PAYMENT_LINK -> Optional.ofNullable(data.extra().get(key));
            };
        }

        private Optional<String> money(BigDecimal amount, String variable, String key) {
            if (amount == null) {
                return Optional.empty();
            }
            if (data.currency() == null || data.currency().isBlank()) {
                throw missingData(variable, key);
            }
            return Optional.of(ValueFormats.money(amount, data.currency().trim(), data.locale()));
        }

        void throwProblems() {
            if (!problems.isEmpty()) {
                throw DomainException.invalid(problems);
            }
        }
    }

    private static DomainException parameterCount(int expected, int given, String part) {
        return new DomainException(
                DomainException.Kind.UNPROCESSABLE,
                "templates.error.parameterCount",
                "The template takes " + expected + " value(s) in " + part + "; " + given + " given",
                List.of(expected, given, part));
    }

    private static DomainException missingData(String variable, String key) {
        if (Binding.PAYMENT_LINK.key().equals(key)) {
            return new DomainException(
                    DomainException.Kind.UNPROCESSABLE,
                    "templates.error.noPaymentLink",
                    "The customer has no payment link that can still be paid for " + variable + " (" + key
                            + "); create one in the conversation's payment-link panel or write the value by hand",
                    List.of(variable, key));
        }
        return new DomainException(
                DomainException.Kind.UNPROCESSABLE,
                "templates.error.missingData",
                "The customer has no data for " + variable + " (" + key + "); write the value by hand",
                List.of(variable, key));
    }

    private static DomainException unsupported(String part) {
        return new DomainException(
                DomainException.Kind.UNPROCESSABLE,
                "templates.error.unsupported",
                "Conversa cannot send templates with a " + part,
                List.of(part));
    }

    private static String describe(List<String> names) {
        return names.isEmpty() ? "-" : String.join(", ", names);
    }
}
