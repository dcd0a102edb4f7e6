package io.conversa.replies;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A variable a canned reply may carry, written {@code {{name}}} in its text, and what it becomes when the data for
 * it is missing (no linked customer, for instance): text that still reads safely, which the agent is warned about.
 */
public enum ReplyVariable {
    NOMBRE("nombre", "cliente"),
    SALDO("saldo", "[saldo]"),
    FACTURAS_VENCIDAS("facturas_vencidas", "[facturas vencidas]"),
    AGENTE("agente", "[agente]"),
    EMPRESA("empresa", "[empresa]");

    private final String key;
    private final String fallback;

    ReplyVariable(String key, String fallback) {
        this.key = key;
        this.fallback = fallback;
    }

    /** The name as written between the braces, e.g. {@code nombre}. */
    public String key() {
        return key;
    }

    /** The variable as written in a reply, e.g. {@code {{nombre}}}. */
    public String placeholder() {
        return "{{" + key + "}}";
    }

    public String fallback() {
        return fallback;
    }

    /** The message key that describes the variable on pages. */
    public String descriptionKey() {
        return "replies.variable." + key;
    }

    /** The variable with this name, ignoring case and surrounding spaces. */
    public static Optional<ReplyVariable> byKey(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.key.equals(wanted)).findFirst();
    }

    /** Every placeholder, for messages that list what is allowed: "{{nombre}}, {{saldo}}, …". */
    public static String allPlaceholders() {
        return Arrays.stream(values()).map(ReplyVariable::placeholder).collect(Collectors.joining(", "));
    }
}
