package io.conversa.templates.internal;

import io.conversa.core.DomainException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stored template's parts, read from Meta's components JSON (as {@code GET message_templates} returns it), and
 * the variables they take: the body's ({@code {{1}}}… or {@code {{name}}}…), the header's (none or one; a media
 * header always takes its link) and the buttons' (a dynamic URL's suffix, a quick reply's payload).
 */
public final class TemplateStructure {

    /** Any {@code {{…}}} placeholder; the group is its content as written. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)}}");

    static final Pattern POSITIONAL_NAME = Pattern.compile("[1-9][0-9]*");
    static final Pattern NAMED_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private static final JsonMapper JSON = JsonMapper.shared();

    /**
     * Structures read lately, by format and components (immutable, so shared): a bulk send renders one template for
     * every recipient, and reading its JSON each time was a visible part of the work.
     */
    private static final Map<String, TemplateStructure> PARSED =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, TemplateStructure> eldest) {
                    return size() > 256;
                }
            });

    /** {@code format} TEXT, IMAGE, VIDEO, DOCUMENT or LOCATION (upper case); {@code text} only for TEXT. */
    public record Header(String format, String text) {

        public boolean isText() {
            return "TEXT".equals(format);
        }

        /** IMAGE, VIDEO or DOCUMENT: sent with a link to the file. */
        public boolean isMedia() {
            return "IMAGE".equals(format) || "VIDEO".equals(format) || "DOCUMENT".equals(format);
        }
    }

    /**
     * A button at its {@code index} in the BUTTONS component (the index Meta's send call uses); {@code type}
     * QUICK_REPLY, URL, PHONE_NUMBER or another of Meta's types (upper case).
     */
    public record Button(int index, String type, String text, String url, String phoneNumber) {

        /** A URL button whose address ends in a variable: it takes the suffix as a text parameter. */
        public boolean dynamicUrl() {
            return "URL".equals(type) && url != null && PLACEHOLDER.matcher(url).find();
        }

        public boolean quickReply() {
            return "QUICK_REPLY".equals(type);
        }

        /** Whether a value can be sent for this button: a dynamic URL's suffix or a quick reply's payload. */
        public boolean takesParameter() {
            return dynamicUrl() || quickReply();
        }

        /** Whether Conversa can send this kind of button (QUICK_REPLY, URL, PHONE_NUMBER). */
        public boolean supported() {
            return "URL".equals(type) || quickReply() || "PHONE_NUMBER".equals(type);
        }

        /** The address before the variable of a dynamic URL button (the whole URL for a static one). */
        public String urlPrefix() {
            if (url == null) {
                return "";
            }
            Matcher m = PLACEHOLDER.matcher(url);
            return m.find() ? url.substring(0, m.start()) : url;
        }
    }

    private final boolean named;
    private final Header header;
    private final String body;
    private final String footer;
    private final List<Button> buttons;

    private TemplateStructure(boolean named, Header header, String body, String footer, List<Button> buttons) {
        this.named = named;
        this.header = header;
        this.body = body;
        this.footer = footer;
        this.buttons = List.copyOf(buttons);
    }

    /**
     * Reads Meta's components array. {@code parameterFormat} NAMED or POSITIONAL as stored; when it is missing,
     * a body with a non-numeric variable makes the template named.
     *
     * @throws DomainException UNPROCESSABLE when the JSON is not a components array
     */
    public static TemplateStructure parse(String componentsJson, String parameterFormat) {
        String key = parameterFormat + '\u0000' + componentsJson;
        TemplateStructure parsed = PARSED.get(key);
        if (parsed == null) {
            parsed = read(componentsJson, parameterFormat);
            PARSED.put(key, parsed);
        }
        return parsed;
    }

    private static TemplateStructure read(String componentsJson, String parameterFormat) {
        JsonNode root;
        try {
            root = componentsJson == null || componentsJson.isBlank()
                    ? JSON.createArrayNode()
                    : JSON.readTree(componentsJson);
        } catch (JacksonException e) {
            throw unreadable();
        }
        if (!root.isArray()) {
            throw unreadable();
        }
        Header header = null;
        String body = "";
        String footer = null;
        List<Button> buttons = new ArrayList<>();
        for (JsonNode component : root.values()) {
            switch (upper(text(component, "type"))) {
                case "HEADER" -> {
                    String format = upper(text(component, "format"));
                    header = new Header(
                            format.isEmpty() ? "TEXT" : format,
                            "TEXT".equals(format) || format.isEmpty() ? text(component, "text") : null);
                }
                case "BODY" ->
                    body = Optional.ofNullable(text(component, "text")).orElse("");
                case "FOOTER" -> footer = text(component, "text");
                case "BUTTONS" -> {
                    int index = 0;
                    for (JsonNode button : component.path("buttons").values()) {
                        buttons.add(new Button(
                                index++,
                                upper(text(button, "type")),
                                text(button, "text"),
                                text(button, "url"),
                                text(button, "phone_number")));
                    }
                }
                default -> {
                    // other components (carousel, limited-time offer, …) carry no text Conversa shows
                }
            }
        }
        boolean named = "NAMED".equalsIgnoreCase(parameterFormat)
                || ((parameterFormat == null || parameterFormat.isBlank())
                        && placeholders(body).stream()
                                .anyMatch(p -> !POSITIONAL_NAME.matcher(p).matches()));
        return new TemplateStructure(named, header, body, footer, buttons);
    }

    /** The contents of the {@code {{…}}} placeholders in {@code text}, trimmed, in order of appearance. */
    public static List<String> placeholders(String text) {
        return placeholders(text, true);
    }

    /** The contents of the {@code {{…}}} placeholders exactly as written (spaces kept), for the creation rules. */
    static List<String> placeholdersAsWritten(String text) {
        return placeholders(text, false);
    }

    private static List<String> placeholders(String text, boolean trim) {
        List<String> found = new ArrayList<>();
        if (text != null) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                found.add(trim ? m.group(1).trim() : m.group(1));
            }
        }
        return found;
    }

    /** {@code text} with each placeholder replaced by {@code values} of its trimmed content (kept when null). */
    public static String fill(String text, Function<String, String> values) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.apply(m.group(1).trim());
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    public boolean named() {
        return named;
    }

    public Optional<Header> header() {
        return Optional.ofNullable(header);
    }

    /** TEXT, IMAGE, VIDEO, DOCUMENT, LOCATION, or null without a header. */
    public String headerFormat() {
        return header == null ? null : header.format();
    }

    /** The text header's text, or null (no header, or a media header). */
    public String headerText() {
        return header == null ? null : header.text();
    }

    public String body() {
        return body;
    }

    public String footer() {
        return footer;
    }

    public List<Button> buttons() {
        return buttons;
    }

    /** Positional templates: the highest {@code {{n}}} in the body (0 for none, or for a named template). */
    public int positionalCount() {
        if (named) {
            return 0;
        }
        return placeholders(body).stream()
                .filter(p -> POSITIONAL_NAME.matcher(p).matches())
                .mapToInt(p -> p.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(p))
                .max()
                .orElse(0);
    }

    /** Named templates: the body's variable names, each once, in order of first appearance (empty otherwise). */
    public List<String> namedVariables() {
        return named ? List.copyOf(new LinkedHashSet<>(placeholders(body))) : List.of();
    }

    /** How many variables the text header has: 0 or 1 (0 for media headers and templates without a header). */
    public int headerVariableCount() {
        return header != null && header.isText()
                ? (int) placeholders(header.text()).stream().distinct().count()
                : 0;
    }

    /** The text header's variable as written inside the braces ({@code 1}, or a name), or null. */
    public String headerVariable() {
        List<String> found = header != null && header.isText() ? placeholders(header.text()) : List.of();
        return found.isEmpty() ? null : found.get(0);
    }

    /** How many values the header takes: its text variable, or a media header's link. */
    public int headerParameterCount() {
        return header != null && header.isMedia() ? 1 : headerVariableCount();
    }

    /** The buttons that take a value when sending (dynamic URL, quick reply), in index order. */
    public List<Button> parameterButtons() {
        return buttons.stream().filter(Button::takesParameter).toList();
    }

    private static DomainException unreadable() {
        return new DomainException(
                DomainException.Kind.UNPROCESSABLE,
                "templates.error.structure",
                "The stored template cannot be read; sync the templates again",
                List.of());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asString() : null;
    }

    private static String upper(String value) {
        return value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
    }
}
