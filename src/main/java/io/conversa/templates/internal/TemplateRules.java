package io.conversa.templates.internal;

import io.conversa.core.FieldProblem;
import io.conversa.templates.TemplateDraft;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Meta's creation rules for a message template, checked before it is submitted so that the user sees every problem
 * next to its field instead of one rejection from Meta. Each problem carries a {@code templates.rule.*} key and an
 * English fallback.
 */
public final class TemplateRules {

    public static final int MAX_NAME = 512;
    public static final int MAX_HEADER_TEXT = 60;
    public static final int MAX_BODY = 1024;
    public static final int MAX_FOOTER = 60;
    public static final int MAX_BUTTON_TEXT = 25;
    public static final int MAX_BUTTONS = 10;
    public static final int MAX_URL_BUTTONS = 2;
    public static final int MAX_PHONE_BUTTONS = 1;

    static final Set<String> CATEGORIES = Set.of("MARKETING", "UTILITY", "AUTHENTICATION");
    static final Set<String> MEDIA_FORMATS = Set.of("IMAGE", "VIDEO", "DOCUMENT");
    static final Set<String> BUTTON_TYPES = Set.of("QUICK_REPLY", "URL", "PHONE_NUMBER");

    private static final Pattern NAME = Pattern.compile("[a-z0-9_]+");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2})?");
    private static final Pattern HTTP_URL = Pattern.compile("https?://[^\\s/?#]+\\.[^\\s]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final String POSITIONAL_FORM = "{{1}}, {{2}}, …";
    private static final String NAMED_FORM = "{{lower_snake_name}}";

    /** Every rule the draft breaks; empty when Meta should accept it for review. */
    public List<FieldProblem> check(TemplateDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft == null) {
            problems.add(required("body"));
            return problems;
        }
        name(draft.name(), problems);
        category(draft.category(), problems);
        language(draft.language(), problems);
        boolean named = parameterFormat(draft.parameterFormat(), problems);
        if (hasHeader(draft)) {
            header(draft.header(), named, problems);
        }
        body(draft, named, problems);
        footer(draft.footer(), problems);
        buttons(draft.buttons() == null ? List.of() : draft.buttons(), problems);
        return problems;
    }

    /** Whether {@code parameterFormat} asks for named variables ({@code NAMED}, in any case). */
    static boolean isNamed(String parameterFormat) {
        return parameterFormat != null && "NAMED".equalsIgnoreCase(parameterFormat.trim());
    }

    /** Whether the draft has a header: an empty one (every field blank, as a form sends it) counts as none. */
    static boolean hasHeader(TemplateDraft draft) {
        TemplateDraft.Header h = draft.header();
        return h != null && !(blank(h.format()) && blank(h.text()) && blank(h.example()) && blank(h.mediaExampleUrl()));
    }

    /** The body's variables, each once, in order of first appearance: names, or numbers as text. */
    static List<String> bodyVariables(String body) {
        return List.copyOf(new LinkedHashSet<>(TemplateStructure.placeholdersAsWritten(body)));
    }

    private static void name(String name, List<FieldProblem> problems) {
        if (blank(name)) {
            problems.add(required("name"));
            return;
        }
        if (!NAME.matcher(name).matches()) {
            problems.add(new FieldProblem(
                    "name",
                    "templates.rule.name",
                    "Use only lowercase letters, digits and underscores (no spaces or accents)",
                    List.of(name)));
        }
        maxLength("name", name, MAX_NAME, problems);
    }

    private static void category(String category, List<FieldProblem> problems) {
        if (blank(category)) {
            problems.add(required("category"));
        } else if (!CATEGORIES.contains(upper(category))) {
            problems.add(new FieldProblem(
                    "category",
                    "templates.rule.category",
                    "Category must be MARKETING, UTILITY or AUTHENTICATION, not " + category,
                    List.of(category)));
        }
    }

    private static void language(String language, List<FieldProblem> problems) {
        if (blank(language)) {
            problems.add(required("language"));
        } else if (!LANGUAGE.matcher(language).matches()) {
            problems.add(new FieldProblem(
                    "language",
                    "templates.rule.language",
                    "Not a WhatsApp language code: " + language + " (write es, es_MX or en_US)",
                    List.of(language)));
        }
    }

    private static boolean parameterFormat(String format, List<FieldProblem> problems) {
        if (!blank(format) && !isNamed(format) && !"POSITIONAL".equalsIgnoreCase(format.trim())) {
            problems.add(new FieldProblem(
                    "parameterFormat",
                    "templates.rule.parameterFormat",
                    "Parameter format must be POSITIONAL or NAMED, not " + format,
                    List.of(format)));
        }
        return isNamed(format);
    }

    private static void header(TemplateDraft.Header header, boolean named, List<FieldProblem> problems) {
        String format = upper(header.format());
        if (format.isEmpty()) {
            problems.add(required("header.format"));
            return;
        }
        if ("TEXT".equals(format)) {
            textHeader(header, named, problems);
        } else if (MEDIA_FORMATS.contains(format)) {
            if (blank(header.mediaExampleUrl())) {
                problems.add(required("header.mediaExampleUrl"));
            } else if (!HTTP_URL.matcher(header.mediaExampleUrl().trim()).matches()) {
                problems.add(notUrl("header.mediaExampleUrl", header.mediaExampleUrl()));
            }
        } else {
            problems.add(new FieldProblem(
                    "header.format",
                    "templates.rule.headerFormat",
                    "Header format must be TEXT, IMAGE, VIDEO or DOCUMENT, not " + header.format(),
                    List.of(header.format())));
        }
    }

    private static void textHeader(TemplateDraft.Header header, boolean named, List<FieldProblem> problems) {
        String text = header.text();
        if (blank(text)) {
            problems.add(required("header.text"));
            return;
        }
        maxLength("header.text", text, MAX_HEADER_TEXT, problems);
        if (text.contains("\n") || text.contains("\r") || text.contains("\t")) {
            problems.add(new FieldProblem(
                    "header.text",
                    "templates.rule.singleLine",
                    "The header is a single line: no line breaks or tabs",
                    List.of()));
        }
        List<String> variables = bodyVariables(text);
        if (variables.size() > 1) {
            problems.add(new FieldProblem(
                    "header.text",
                    "templates.rule.headerVariables",
                    "A text header has at most one variable; this one has " + variables.size(),
                    List.of(variables.size())));
            return;
        }
        if (variables.isEmpty()) {
            return;
        }
        String variable = variables.get(0);
        if (!wellFormed(variable, named)) {
            problems.add(badVariable("header.text", variable, named));
        } else if (!named && !"1".equals(variable)) {
            problems.add(new FieldProblem(
                    "header.text",
                    "templates.rule.variableSequence",
                    "Variables are numbered from 1 without gaps: expected variable 1, found " + variable,
                    List.of("{{1}}", "{{" + variable + "}}")));
        }
        if (blank(header.example())) {
            problems.add(missingExample("header.example"));
        }
    }

    private static void body(TemplateDraft draft, boolean named, List<FieldProblem> problems) {
        String body = draft.body();
        if (blank(body)) {
            problems.add(required("body"));
            return;
        }
        maxLength("body", body, MAX_BODY, problems);
        List<String> variables = bodyVariables(body);
        boolean wellFormed = true;
        for (String variable : variables) {
            if (!wellFormed(variable, named)) {
                problems.add(badVariable("body", variable, named));
                wellFormed = false;
            }
        }
        if (wellFormed && !named) {
            sequence(variables, problems);
        }
        String trimmed = body.strip();
        if (startsWithVariable(trimmed) || endsWithVariable(trimmed)) {
            problems.add(new FieldProblem(
                    "body",
                    "templates.rule.variableEdge",
                    "The body may not start or end with a variable: add text before or after it",
                    List.of()));
        }
        if (wellFormed) {
            examples(draft.bodyExamples(), named ? variables.size() : highest(variables), problems);
        }
    }

    private static void sequence(List<String> variables, List<FieldProblem> problems) {
        TreeSet<Integer> numbers = new TreeSet<>();
        for (String variable : variables) {
            numbers.add(variable.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(variable));
        }
        int expected = 1;
        for (int number : numbers) {
            if (number != expected) {
                problems.add(new FieldProblem(
                        "body",
                        "templates.rule.variableSequence",
                        "Variables are numbered from 1 without gaps: expected variable " + expected + ", found "
                                + number,
                        List.of("{{" + expected + "}}", "{{" + number + "}}")));
                return;
            }
            expected++;
        }
    }

    private static int highest(List<String> variables) {
        return variables.stream()
                .mapToInt(v -> v.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(v))
                .max()
                .orElse(0);
    }

    private static void examples(List<String> examples, int expected, List<FieldProblem> problems) {
        List<String> given = examples == null ? List.of() : examples;
        if (given.size() != expected) {
            problems.add(new FieldProblem(
                    "bodyExamples",
                    "templates.rule.examples",
                    "Give one example per body variable: " + expected + " expected, " + given.size() + " given",
                    List.of(expected, given.size())));
            return;
        }
        for (int i = 0; i < given.size(); i++) {
            if (blank(given.get(i))) {
                problems.add(missingExample("bodyExamples[" + i + "]"));
            }
        }
    }

    private static void footer(String footer, List<FieldProblem> problems) {
        if (footer == null || footer.isEmpty()) {
            return;
        }
        maxLength("footer", footer, MAX_FOOTER, problems);
        if (!TemplateStructure.placeholders(footer).isEmpty()) {
            problems.add(new FieldProblem(
                    "footer", "templates.rule.footerVariables", "The footer may not contain variables", List.of()));
        }
    }

    private static void buttons(List<TemplateDraft.Button> buttons, List<FieldProblem> problems) {
        if (buttons.size() > MAX_BUTTONS) {
            problems.add(new FieldProblem(
                    "buttons",
                    "templates.rule.maxButtons",
                    "At most " + MAX_BUTTONS + " buttons; this template has " + buttons.size(),
                    List.of(MAX_BUTTONS, buttons.size())));
        }
        int urls = 0;
        int phones = 0;
        for (int i = 0; i < buttons.size(); i++) {
            TemplateDraft.Button button = buttons.get(i);
            String field = "buttons[" + i + "]";
            String type = button == null ? "" : upper(button.type());
            if (type.isEmpty()) {
                problems.add(required(field + ".type"));
                continue;
            }
            if (!BUTTON_TYPES.contains(type)) {
                problems.add(new FieldProblem(
                        field + ".type",
                        "templates.rule.buttonType",
                        "Button type must be QUICK_REPLY, URL or PHONE_NUMBER, not " + button.type(),
                        List.of(button.type())));
                continue;
            }
            if (blank(button.text())) {
                problems.add(required(field + ".text"));
            } else {
                maxLength(field + ".text", button.text(), MAX_BUTTON_TEXT, problems);
            }
            if ("URL".equals(type)) {
                urls++;
                urlButton(button, field, problems);
            } else if ("PHONE_NUMBER".equals(type)) {
                phones++;
                if (blank(button.phoneNumber())) {
                    problems.add(required(field + ".phoneNumber"));
                } else if (!PHONE.matcher(button.phoneNumber().trim()).matches()) {
                    problems.add(new FieldProblem(
                            field + ".phoneNumber",
                            "templates.rule.phoneNumber",
                            "Write the phone number with + and the country code, digits only: +56912345678",
                            List.of(button.phoneNumber())));
                }
            }
        }
        typeLimit("URL", urls, MAX_URL_BUTTONS, problems);
        typeLimit("PHONE_NUMBER", phones, MAX_PHONE_BUTTONS, problems);
        order(buttons, problems);
    }

    private static void urlButton(TemplateDraft.Button button, String field, List<FieldProblem> problems) {
        String url = button.url() == null ? "" : button.url().trim();
        if (url.isEmpty()) {
            problems.add(required(field + ".url"));
            return;
        }
        Matcher m = TemplateStructure.PLACEHOLDER.matcher(url);
        String prefix = m.find() ? url.substring(0, m.start()) : url;
        if (!HTTP_URL.matcher(prefix.isEmpty() ? url : prefix + "x").matches()) {
            problems.add(notUrl(field + ".url", button.url()));
            return;
        }
        List<String> variables = TemplateStructure.placeholders(url);
        if (variables.isEmpty()) {
            return;
        }
        if (variables.size() > 1 || !url.endsWith("{{1}}")) {
            problems.add(new FieldProblem(
                    field + ".url",
                    "templates.rule.urlVariable",
                    "A URL takes one variable, written {{1}}, at its very end",
                    List.of("{{1}}")));
            return;
        }
        if (blank(button.example())) {
            problems.add(missingExample(field + ".example"));
        } else if (!button.example().trim().startsWith(prefix)
                || button.example().trim().length() == prefix.length()) {
            problems.add(new FieldProblem(
                    field + ".example",
                    "templates.rule.urlExample",
                    "The example is the full address: " + prefix + " followed by an example value",
                    List.of(prefix)));
        }
    }

    private static void typeLimit(String type, int count, int max, List<FieldProblem> problems) {
        if (count > max) {
            problems.add(new FieldProblem(
                    "buttons",
                    "templates.rule.maxButtonsOfType",
                    "At most " + max + " " + type + " button(s); this template has " + count,
                    List.of(type, max, count)));
        }
    }

    /** Quick replies and the other buttons form two groups: Meta refuses them interleaved. */
    private static void order(List<TemplateDraft.Button> buttons, List<FieldProblem> problems) {
        int groups = 0;
        Boolean previous = null;
        for (TemplateDraft.Button button : buttons) {
            if (button == null || !BUTTON_TYPES.contains(upper(button.type()))) {
                continue;
            }
            boolean quickReply = "QUICK_REPLY".equals(upper(button.type()));
            if (previous == null || previous != quickReply) {
                groups++;
            }
            previous = quickReply;
        }
        if (groups > 2) {
            problems.add(new FieldProblem(
                    "buttons",
                    "templates.rule.buttonOrder",
                    "Put the quick replies together, before or after the other buttons",
                    List.of()));
        }
    }

    private static boolean wellFormed(String variable, boolean named) {
        return (named ? TemplateStructure.NAMED_NAME : TemplateStructure.POSITIONAL_NAME)
                .matcher(variable)
                .matches();
    }

    private static boolean startsWithVariable(String text) {
        Matcher m = TemplateStructure.PLACEHOLDER.matcher(text);
        return m.lookingAt();
    }

    private static boolean endsWithVariable(String text) {
        Matcher m = TemplateStructure.PLACEHOLDER.matcher(text);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end == text.length();
    }

    private static void maxLength(String field, String value, int max, List<FieldProblem> problems) {
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            problems.add(new FieldProblem(
                    field,
                    "templates.rule.maxLength",
                    "At most " + max + " characters; this has " + length,
                    List.of(max, length)));
        }
    }

    private static FieldProblem required(String field) {
        return new FieldProblem(field, "templates.rule.required", "Required", List.of());
    }

    private static FieldProblem missingExample(String field) {
        return new FieldProblem(
                field, "templates.rule.example", "Every variable needs an example for Meta's review", List.of());
    }

    private static FieldProblem notUrl(String field, String value) {
        return new FieldProblem(
                field, "templates.rule.url", "Not a web address: " + value + " (start with https://)", List.of(value));
    }

    private static FieldProblem badVariable(String field, String variable, boolean named) {
        String form = named ? NAMED_FORM : POSITIONAL_FORM;
        String token = "{{" + variable + "}}";
        return new FieldProblem(
                field,
                "templates.rule.variableFormat",
                "Not a valid variable: " + token + " (write them as " + form + ")",
                List.of(token, form));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String upper(String value) {
        return value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
    }
}
