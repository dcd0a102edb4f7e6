package io.conversa.replies;

import java.util.List;

/**
 * A reply's text with its variables filled, and the variables that had no data and were replaced by their
 * fallback ({@code nombre}, {@code saldo}, …), so the composer can warn the agent before sending.
 */
public record ExpandedReply(String text, List<String> missing) {

    public ExpandedReply {
        missing = List.copyOf(missing);
    }
}
