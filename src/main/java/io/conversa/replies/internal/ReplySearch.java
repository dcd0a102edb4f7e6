package io.conversa.replies.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What the composer's {@code /} popup looks for: replies whose shortcut starts with the typed text (a leading
 * {@code /} ignored), then replies whose title has a word starting with each typed word, ignoring case and accents
 * ("dat banc" finds "Datos bancarios"). An empty query finds every reply.
 */
public final class ReplySearch {

    private static final int NO_MATCH = Integer.MAX_VALUE;

    private final String prefix;
    private final List<String> words;

    private ReplySearch(String prefix, List<String> words) {
        this.prefix = prefix;
        this.words = words;
    }

    public static ReplySearch of(String query) {
        String text = fold(query == null ? "" : query).strip();
        if (text.startsWith("/")) {
            text = text.substring(1).strip();
        }
        return new ReplySearch(text, words(text));
    }

    /** The matching replies, shortcut matches first, each group in the order given. */
    public List<CannedReply> filter(List<CannedReply> replies) {
        return replies.stream()
                .filter(r -> rank(r) != NO_MATCH)
                .sorted(Comparator.comparingInt(this::rank))
                .toList();
    }

    private int rank(CannedReply reply) {
        if (reply.shortcut().startsWith(prefix)) {
            return 0;
        }
        List<String> titleWords = words(fold(reply.title()));
        boolean allWords = !words.isEmpty()
                && words.stream().allMatch(w -> titleWords.stream().anyMatch(t -> t.startsWith(w)));
        return allWords ? 1 : NO_MATCH;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /** Lower case without accents: "Dirección" and "direccion" are the same word here. */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
