package io.conversa.sandbox.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the body of {@code POST /{waba-id}/message_templates} the way Meta checks a template before review: a
 * missing {@code name}, {@code language}, {@code category} or {@code components} is code 100 "The parameter … is
 * required"; a malformed one is code 100 "Invalid parameter" with a reason for people ({@code error_user_title},
 * {@code error_user_msg}). Checks the shape and the documented limits (body up to 1024 characters, header and footer
 * up to 60, button text up to 25, variables in sequence, with examples, not at the body's start or end), not the
 * content policy.
 */
final class TemplateSubmissions {

    static final int MAX_BODY = 1024;
    static final int MAX_HEADER = 60;
    static final int MAX_FOOTER = 60;
    static final int MAX_BUTTON_TEXT = 25;
    static final int MAX_BUTTONS = 10;

    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,512}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2})?");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    private static final Pattern POSITIONAL = Pattern.compile("[1-9]\\d{0,2}");
    private static final Pattern NAMED = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Set<String> CATEGORIES = Set.of("MARKETING", "UTILITY", "AUTHENTICATION");
    private static final Set<String> HEADER_FORMATS = Set.of("TEXT", "IMAGE", "VIDEO", "DOCUMENT", "LOCATION");

    private TemplateSubmissions() {}

    /**
     * The template to store: the request's name, language, category, parameter format and components (types and
     * formats in upper case, as Meta lists them), without id or status.
     */
    static ObjectNode parse(JsonNode request) {
        String name = required(request, "name");
        if (!NAME.matcher(name).matches()) {
            throw invalid(
                    "Nombre de plantilla no válido",
                    "El nombre solo puede tener letras minúsculas, números y guiones bajos (por ejemplo,"
                            + " recordatorio_pago).");
        }
        String language = required(request, "language");
        if (!LANGUAGE.matcher(language).matches()) {
            throw invalid(
                    "Idioma no válido",
                    "El idioma \"" + language + "\" no es un código de idioma de WhatsApp (es, es_MX, en_US…).");
        }
        String category = required(request, "category").toUpperCase(Locale.ROOT);
        if (!CATEGORIES.contains(category)) {
            throw invalid("Categoría no válida", "La categoría debe ser MARKETING, UTILITY o AUTHENTICATION.");
        }
        String format = SendRequests.string(request, "parameter_format");
        format = format == null ? "POSITIONAL" : format.toUpperCase(Locale.ROOT);
        if (!format.equals("POSITIONAL") && !format.equals("NAMED")) {
            throw invalid("Formato de variables no válido", "parameter_format debe ser POSITIONAL o NAMED.");
        }
        JsonNode components = request.path("components");
        if (components.isMissingNode() || components.isNull()) {
            throw GraphError.requiredParameter("components").exception();
        }
        if (!components.isArray() || components.isEmpty()) {
            throw invalid("Faltan los componentes", "La plantilla necesita al menos un cuerpo (BODY).");
        }

        ObjectNode template = WebhookEnvelopes.JSON.createObjectNode();
        template.put("name", name);
        template.put("parameter_format", format);
        ArrayNode stored = template.putArray("components");
        Set<String> seen = new HashSet<>();
        for (JsonNode component : components) {
            ObjectNode copy = component(component, format, category);
            String type = copy.path("type").stringValue();
            if (!seen.add(type)) {
                throw invalid("Componente repetido", "La plantilla tiene más de un componente " + type + ".");
            }
            stored.add(copy);
        }
        if (!seen.contains("BODY")) {
            throw invalid("Falta el cuerpo", "La plantilla necesita un cuerpo (BODY) con su texto.");
        }
        template.put("language", language);
        template.put("category", category);
        return template;
    }

    /** The text of the template's body, empty when it has none. */
    static String bodyText(JsonNode template) {
        for (JsonNode component : template.path("components")) {
            if ("BODY".equals(component.path("type").stringValue())) {
                String text = SendRequests.string(component, "text");
                return text == null ? "" : text;
            }
        }
        return "";
    }

    private static ObjectNode component(JsonNode component, String format, String category) {
        if (!component.isObject()) {
            throw invalid("Componente no válido", "Cada componente debe ser un objeto con su tipo (type).");
        }
        ObjectNode copy = ((ObjectNode) component).deepCopy();
        String type = upper(copy, "type");
        if (type == null) {
            throw GraphError.requiredParameter("components[].type").exception();
        }
        switch (type) {
            case "HEADER" -> header(copy, format);
            case "BODY" -> body(copy, format, category);
            case "FOOTER" -> footer(copy);
            case "BUTTONS" -> buttons(copy);
            default ->
                throw invalid(
                        "Componente no válido",
                        "El tipo de componente \"" + type + "\" no existe: usa HEADER, BODY, FOOTER o BUTTONS.");
        }
        return copy;
    }

    private static void header(ObjectNode header, String format) {
        String headerFormat = upper(header, "format");
        if (headerFormat == null || !HEADER_FORMATS.contains(headerFormat)) {
            throw invalid(
                    "Encabezado no válido",
                    "El encabezado debe tener formato TEXT, IMAGE, VIDEO, DOCUMENT o LOCATION.");
        }
        if (!headerFormat.equals("TEXT")) {
            return;
        }
        String text = text(header, "El encabezado", MAX_HEADER);
        List<String> variables = variables(text, format, "el encabezado");
        if (variables.size() > 1) {
            throw invalid("Encabezado no válido", "El encabezado admite como máximo una variable.");
        }
    }

    private static void body(ObjectNode body, String format, String category) {
        if (category.equals("AUTHENTICATION") && !body.has("text")) {
            return; // Meta writes the text of authentication templates itself.
        }
        String text = text(body, "El cuerpo", MAX_BODY);
        List<String> variables = variables(text, format, "el cuerpo");
        if (variables.isEmpty()) {
            return;
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("{{") || trimmed.endsWith("}}")) {
            throw invalid(
                    "Variable al inicio o al final",
                    "El cuerpo no puede empezar ni terminar con una variable: agrega texto antes o después.");
        }
        JsonNode example = body.path("example");
        if (format.equals("POSITIONAL")) {
            JsonNode values = example.path("body_text").path(0);
            if (!values.isArray() || values.size() != variables.size()) {
                throw invalid(
                        "Faltan ejemplos",
                        "Agrega un ejemplo para cada una de las " + variables.size()
                                + " variables del cuerpo (example.body_text).");
            }
        } else {
            Set<String> examples = new HashSet<>();
            for (JsonNode param : example.path("body_text_named_params")) {
                String name = SendRequests.string(param, "param_name");
                if (name != null && SendRequests.string(param, "example") != null) {
                    examples.add(name);
                }
            }
            for (String variable : variables) {
                if (!examples.contains(variable)) {
                    throw invalid(
                            "Faltan ejemplos",
                            "Agrega un ejemplo para la variable {{" + variable
                                    + "}} (example.body_text_named_params).");
                }
            }
        }
    }

    private static void footer(ObjectNode footer) {
        String text = text(footer, "El pie", MAX_FOOTER);
        if (VARIABLE.matcher(text).find()) {
            throw invalid("Pie no válido", "El pie de la plantilla no admite variables.");
        }
    }

    private static void buttons(ObjectNode component) {
        JsonNode buttons = component.path("buttons");
        if (!buttons.isArray() || buttons.isEmpty() || buttons.size() > MAX_BUTTONS) {
            throw invalid("Botones no válidos", "Los botones deben ser entre 1 y " + MAX_BUTTONS + ".");
        }
        for (JsonNode button : buttons) {
            if (!button.isObject()) {
                throw invalid("Botón no válido", "Cada botón debe ser un objeto con su tipo (type) y texto.");
            }
            String type = upper((ObjectNode) button, "type");
            if (type == null) {
                throw GraphError.requiredParameter("buttons[].type").exception();
            }
            if (type.equals("QUICK_REPLY") || type.equals("URL") || type.equals("PHONE_NUMBER")) {
                text(button, "El texto del botón", MAX_BUTTON_TEXT);
            }
            if (type.equals("URL")) {
                String url = SendRequests.string(button, "url");
                if (url == null || !url.matches("(?i)https?://\\S+")) {
                    throw invalid("Botón no válido", "El botón de enlace necesita una URL http(s) válida.");
                }
            }
            if (type.equals("PHONE_NUMBER") && SendRequests.string(button, "phone_number") == null) {
                throw invalid("Botón no válido", "El botón de llamada necesita un número de teléfono.");
            }
        }
    }

    /** The variables of {@code text} in order of appearance (distinct), checked against the parameter format. */
    private static List<String> variables(String text, String format, String where) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            String variable = matcher.group(1);
            boolean valid = format.equals("POSITIONAL")
                    ? POSITIONAL.matcher(variable).matches()
                    : NAMED.matcher(variable).matches();
            if (!valid) {
                throw invalid(
                        "Variable no válida",
                        format.equals("POSITIONAL")
                                ? "Las variables de " + where + " deben ser números: {{1}}, {{2}}…"
                                : "Las variables de " + where + " deben ser nombres en minúsculas: {{nombre}}.");
            }
            found.add(variable);
        }
        List<String> variables = new ArrayList<>(found);
        if (format.equals("POSITIONAL")) {
            for (int i = 1; i <= variables.size(); i++) {
                if (!found.contains(String.valueOf(i))) {
                    throw invalid(
                            "Variables fuera de secuencia",
                            "Las variables de " + where + " deben numerarse en orden desde {{1}}, sin saltos.");
                }
            }
        }
        return variables;
    }

    private static String text(JsonNode node, String what, int max) {
        String text = SendRequests.string(node, "text");
        if (text == null || text.isBlank()) {
            throw invalid("Falta el texto", what + " necesita un texto.");
        }
        if (text.length() > max) {
            throw invalid("Texto demasiado largo", what + " admite como máximo " + max + " caracteres.");
        }
        return text;
    }

    private static String required(JsonNode request, String field) {
        String value = SendRequests.string(request, field);
        if (value == null || value.isBlank()) {
            throw GraphError.requiredParameter(field).exception();
        }
        return value.strip();
    }

    /** The field in upper case, written back so the stored template reads as Meta lists it; null when absent. */
    private static String upper(ObjectNode node, String field) {
        String value = SendRequests.string(node, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        node.put(field, upper);
        return upper;
    }

    private static GraphError.GraphApiException invalid(String title, String message) {
        return GraphError.invalidTemplate(title, message).exception();
    }
}
