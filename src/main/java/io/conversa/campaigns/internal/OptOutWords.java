package io.conversa.campaigns.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words with which a recipient asks to receive no more bulk messages ({@code BAJA}, {@code STOP},
 * {@code NO MOLESTAR}), and whether an inbound WhatsApp text says exactly one of them, ignoring case,
 * accents, punctuation, emojis and polite filler such as "por favor" or "gracias".
 *
 * <p>A text matches when its words, with or without the filler words, are exactly the words of one
 * configured word: "Baja por favor" matches {@code BAJA}, "mi saldo bajó" does not. Immutable.
 */
public final class OptOutWords {

    private static final Set<String> FILLER = Set.of("por", "favor", "porfa", "gracias", "please", "pls", "ya");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** {@code BAJA}, {@code STOP} and {@code NO MOLESTAR}. */
    public static final OptOutWords DEFAULT = of("BAJA, STOP, NO MOLESTAR");

    private final List<String> words;
    private final List<List<String>> normalized;

    private OptOutWords(List<String> words, List<List<String>> normalized) {
        this.words = List.copyOf(words);
        this.normalized = List.copyOf(normalized);
    }

    /**
     * Reads comma-separated words or phrases, blank entries ignored.
     *
     * @throws IllegalArgumentException when there is no word, or an entry has no letter or digit
     */
    public static OptOutWords of(String commaSeparated) {
        List<String> words = new ArrayList<>();
        List<List<String>> normalized = new ArrayList<>();
        for (String entry : (commaSeparated == null ? "" : commaSeparated).split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            List<String> parts = normalize(entry);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("opt-out word \"" + entry.strip() + "\" has no letter or digit");
            }
            words.add(entry.strip());
            normalized.add(parts);
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("no opt-out words in \"" + commaSeparated + "\"");
        }
        return new OptOutWords(words, normalized);
    }

    /** The words as configured, trimmed, in order. */
    public List<String> words() {
        return words;
    }

    /** Whether {@code text} (null for none) says one of the words and nothing else but filler. */
    public boolean matches(String text) {
        if (text == null) {
            return false;
        }
        List<String> all = normalize(text);
        List<String> meaningful = new ArrayList<>(all);
        meaningful.removeIf(FILLER::contains);
        return normalized.contains(all) || normalized.contains(meaningful);
    }

    /** Lower case, without accents, split into runs of letters and digits. */
    static List<String> normalize(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        List<String> parts = new ArrayList<>(Arrays.asList(NOT_LETTER_OR_DIGIT.split(plain)));
        parts.removeIf(String::isEmpty);
        return parts;
    }

    @Override
    public String toString() {
        return String.join(", ", words);
    }
}
