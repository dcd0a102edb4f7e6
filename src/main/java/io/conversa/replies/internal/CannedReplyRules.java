package io.conversa.replies.internal;

import io.conversa.core.FieldProblem;
import io.conversa.replies.CannedReplyInput;
import io.conversa.replies.ReplyVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a canned reply must be: a shortcut of 2 to 40 lower-case letters (a–z), digits, {@code -} and {@code _},
 * a title, and a text of at most 4,096 characters (WhatsApp's limit for a text message) whose variables all exist.
 */
public final class CannedReplyRules {

    public static final int MAX_SHORTCUT = 40;
    public static final int MAX_TITLE = 100;
    public static final int MAX_TEXT = 4096;

    private static final Pattern SHORTCUT = Pattern.compile("[a-z0-9_-]{2," + MAX_SHORTCUT + "}");

    /**
     * The input as it is stored: the shortcut trimmed, without a leading {@code /} and in lower case; the title
     * trimmed; the text trimmed with {@code \n} line ends. Null fields become empty.
     */
    public CannedReplyInput normalize(CannedReplyInput input) {
        String shortcut = orEmpty(input.shortcut()).strip();
        if (shortcut.startsWith("/")) {
            shortcut = shortcut.substring(1).strip();
        }
        return new CannedReplyInput(
                shortcut.toLowerCase(Locale.ROOT),
                orEmpty(input.title()).strip(),
                orEmpty(input.text()).replace("\r\n", "\n").strip());
    }

    /** What is wrong with a normalized input; empty when nothing is. */
    public List<FieldProblem> check(CannedReplyInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!SHORTCUT.matcher(input.shortcut()).matches()) {
            problems.add(problem(
                    "shortcut",
                    "replies.error.shortcut",
                    "The shortcut takes 2 to 40 lower-case letters (a-z), digits, - and _",
                    MAX_SHORTCUT));
        }
        if (input.title().isEmpty() || input.title().length() > MAX_TITLE) {
            problems.add(problem("title", "replies.error.title", "Give a title of up to 100 characters", MAX_TITLE));
        }
        if (input.text().isEmpty()) {
            problems.add(problem("text", "replies.error.textRequired", "Write the reply's text"));
        } else if (input.text().length() > MAX_TEXT) {
            problems.add(problem(
                    "text",
                    "replies.error.textLength",
                    "The text may have up to 4096 characters",
                    MAX_TEXT,
                    input.text().length()));
        }
        List<String> unknown = ReplyText.unknownVariables(input.text());
        if (!unknown.isEmpty()) {
            problems.add(problem(
                    "text",
                    "replies.error.unknownVariables",
                    "Unknown variables " + unknown + "; allowed: " + ReplyVariable.allPlaceholders(),
                    String.join(", ", unknown),
                    ReplyVariable.allPlaceholders()));
        }
        return problems;
    }

    private static FieldProblem problem(String field, String key, String fallback, Object... arguments) {
        return new FieldProblem(field, key, fallback, List.of(arguments));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
