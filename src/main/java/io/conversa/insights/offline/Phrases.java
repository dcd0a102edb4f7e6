package io.conversa.insights.offline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A family of phrases matched against words (see {@link TextNormalizer#words}). Each phrase is words separated by
 * spaces, where a word may be:
 *
 * <ul>
 *   <li>{@code pago|abono} alternatives; {@code pag*} a prefix;
 *   <li>{@code [lo|la]} optional;
 *   <li>{@code ~3} up to three words of anything; {@code #} any number.
 * </ul>
 *
 * Words of seven letters or more also match with one typo (a letter missing, extra, wrong or two swapped), so "transfiero"
 * and "tranfiero" are the same; the first and last letters must agree, so conjugations ("deposito", "deposité") stay
 * apart.
 */
final class Phrases {

    private static final int FUZZY_FROM = 7;

    private final List<String[]> phrases;

    private Phrases(List<String[]> phrases) {
        this.phrases = phrases;
    }

    static Phrases of(String... phrases) {
        List<String[]> parsed =
                Arrays.stream(phrases).map(p -> p.trim().split("\\s+")).toList();
        for (String[] phrase : parsed) {
            for (String part : phrase) {
                if (part.startsWith("[") != part.endsWith("]")) {
                    throw new IllegalArgumentException("optional word must be one word in brackets: " + part);
                }
            }
        }
        return new Phrases(parsed);
    }

    /** This family and {@code other}'s phrases together. */
    Phrases and(Phrases other) {
        List<String[]> all = new ArrayList<>(phrases);
        all.addAll(other.phrases);
        return new Phrases(all);
    }

    boolean in(List<String> words) {
        return first(words) != null;
    }

    /** The first match (earliest start), or {@code null}. */
    Span first(List<String> words) {
        List<Span> all = all(words);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every match, by start; for each start the longest phrase. */
    List<Span> all(List<String> words) {
        List<Span> spans = new ArrayList<>();
        for (int start = 0; start < words.size(); start++) {
            int best = -1;
            for (String[] phrase : phrases) {
                best = Math.max(best, match(phrase, 0, words, start));
            }
            if (best > start) {
                spans.add(new Span(start, best));
            }
        }
        return spans;
    }

    /** End (exclusive) of the longest match of {@code phrase[p..]} at {@code words[w..]}, or -1. */
    private static int match(String[] phrase, int p, List<String> words, int w) {
        if (p == phrase.length) {
            return w;
        }
        String part = phrase[p];
        if (part.startsWith("~")) {
            int best = -1;
            int gap = Integer.parseInt(part.substring(1));
            for (int skip = 0; skip <= gap && w + skip <= words.size(); skip++) {
                best = Math.max(best, match(phrase, p + 1, words, w + skip));
            }
            return best;
        }
        boolean optional = part.startsWith("[");
        String choices = optional ? part.substring(1, part.length() - 1) : part;
        int best = optional ? match(phrase, p + 1, words, w) : -1;
        if (w < words.size() && wordMatches(choices, words.get(w))) {
            best = Math.max(best, match(phrase, p + 1, words, w + 1));
        }
        return best;
    }

    static boolean wordMatches(String choices, String word) {
        for (String choice : choices.split("\\|")) {
            if (choice.equals("#")) {
                if (!word.isEmpty() && Character.isDigit(word.charAt(0))) {
                    return true;
                }
            } else if (choice.endsWith("*")) {
                if (word.startsWith(choice.substring(0, choice.length() - 1))) {
                    return true;
                }
            } else if (choice.equals(word) || oneTypoApart(choice, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean oneTypoApart(String expected, String word) {
        if (expected.length() < FUZZY_FROM
                || Math.abs(expected.length() - word.length()) > 1
                || word.isEmpty()
                || expected.charAt(0) != word.charAt(0)
                || expected.charAt(expected.length() - 1) != word.charAt(word.length() - 1)
                || Character.isDigit(word.charAt(0))) {
            return false;
        }
        return distance(expected, word) <= 1;
    }

    /** Damerau-Levenshtein distance (optimal string alignment). */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Where a phrase matched: words {@code [start, end)}. */
    record Span(int start, int end) {}
}
