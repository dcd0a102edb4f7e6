package io.conversa.replies.internal;

import io.conversa.replies.ExpandedReply;
import io.conversa.replies.ReplyVariable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables of a reply's text, written {@code {{nombre}}} (spaces inside the braces and upper case are
 * tolerated), and the text with them filled. Pure: the values come in, nothing is looked up here.
 */
public final class ReplyText {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{([^{}]*)}}");

    private ReplyText() {}

    /** Every {@code {{…}}} of the text that names no known variable, as written, without repeats. */
    public static List<String> unknownVariables(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            if (ReplyVariable.byKey(matcher.group(1)).isEmpty()) {
                unknown.add(matcher.group());
            }
        }
        return List.copyOf(unknown);
    }

    /** The known variables the text uses. */
    public static Set<ReplyVariable> variables(String text) {
        Set<ReplyVariable> used = EnumSet.noneOf(ReplyVariable.class);
        Matcher matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            ReplyVariable.byKey(matcher.group(1)).ifPresent(used::add);
        }
        return used;
    }

    /**
     * The text with each variable replaced by its value; a variable without a (non-blank) value becomes its
     * fallback and is reported as missing, once, in order of appearance. Unknown {@code {{…}}} stay as written.
     */
    public static ExpandedReply expand(String text, Map<ReplyVariable, String> values) {
        Set<String> missing = new LinkedHashSet<>();
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (matcher.find()) {
            Optional<ReplyVariable> variable = ReplyVariable.byKey(matcher.group(1));
            String replacement =
                    variable.map(v -> valueOrFallback(v, values, missing)).orElse(matcher.group());
            matcher.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(expanded);
        return new ExpandedReply(expanded.toString(), new ArrayList<>(missing));
    }

    private static String valueOrFallback(
            ReplyVariable variable, Map<ReplyVariable, String> values, Set<String> missing) {
        String value = values.get(variable);
        if (value == null || value.isBlank()) {
            missing.add(variable.key());
            return variable.fallback();
        }
        return value.strip();
    }
}
