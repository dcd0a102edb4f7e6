package io.conversa.templates.internal;

import io.conversa.templates.Binding;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses which customer data a template variable wants, from its name ({@code {{nombre}}}) or, for positional
 * variables, from the words just before it ("Hola {{1}}", "saldo de {{2}}", "vence el {{3}}"), so an agent starts
 * from a filled form. Only a suggestion: the agent sees the preview and can change every binding.
 */
public final class BindingSuggestions {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([\\w.]+)\\s*}}");

    /** Word stems, checked in order: the first that matches wins. */
    private static final List<Map.Entry<Pattern, Binding>> CLUES = List.of(
            clue("link|enlace|url|pagar aqui|paga aqui", Binding.PAYMENT_LINK),
            clue("venc|fecha|due|plazo|hasta el", Binding.OLDEST_INVOICE_DUE_DATE),
            clue("cantidad de facturas|facturas vencidas|overdue", Binding.OVERDUE_INVOICES),
            clue("monto de la factura|importe de la factura|invoice amount|por\\s*$", Binding.OLDEST_INVOICE_AMOUNT),
            clue("factura|boleta|invoice|folio|documento|n°|nro", Binding.OLDEST_INVOICE_NUMBER),
            clue("saldo|deuda|monto|total|importe|balance|adeud|\\$", Binding.BALANCE),
            clue("hola|estimad|nombre|name|cliente|senor|sra|sr\\.|dear|hi|hello", Binding.CUSTOMER_NAME));

    private BindingSuggestions() {}

    /** Variable → suggested binding, for the variables with a clue; the others are left to the agent. */
    public static Map<String, Binding> of(String bodyText, List<String> variables) {
        Map<String, Binding> suggestions = new LinkedHashMap<>();
        Map<String, String> before = wordsBefore(bodyText == null ? "" : bodyText);
        for (String variable : variables) {
            guess(variable.replace('_', ' '))
                    .or(() -> guess(before.getOrDefault(variable, "")))
                    .ifPresent(binding -> suggestions.put(variable, binding));
        }
        return suggestions;
    }

    private static Optional<Binding> guess(String words) {
        String text = plain(words);
        return CLUES.stream()
                .filter(clue -> clue.getKey().matcher(text).find())
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The 30 characters before each placeholder's first appearance, up to the previous placeholder. */
    private static Map<String, String> wordsBefore(String body) {
        Map<String, String> before = new LinkedHashMap<>();
        Matcher m = PLACEHOLDER.matcher(body);
        int end = 0;
        while (m.find()) {
            String text = body.substring(Math.max(end, m.start() - 30), m.start());
            before.putIfAbsent(m.group(1), text);
            end = m.end();
        }
        return before;
    }

    private static String plain(String text) {
        String noAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.toLowerCase(Locale.ROOT);
    }

    private static Map.Entry<Pattern, Binding> clue(String regex, Binding binding) {
        return Map.entry(Pattern.compile("(?<![a-z])(?:" + regex + ")"), binding);
    }
}
