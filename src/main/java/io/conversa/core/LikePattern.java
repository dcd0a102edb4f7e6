package io.conversa.core;

/** SQL {@code LIKE} patterns from user text, with {@code \} as the escape character (PostgreSQL's and H2's default). */
public final class LikePattern {

    private LikePattern() {}

    /** Matches values containing the text literally: {@code %}, {@code _} and {@code \} in it are escaped. */
    public static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
