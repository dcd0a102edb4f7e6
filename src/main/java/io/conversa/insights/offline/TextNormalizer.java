package io.conversa.insights.offline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns chat text into what the rules match on: lower case, no accents (so "mañana", "manana" and "MAÑANA" are the
 * same), letters stretched for emphasis shortened ("siiii" is "si"), chat shorthand spelled out ("q", "xq", "porfa",
 * "tmrw"), English contractions opened ("I'll" is "i will", "can't" is "can not"), emojis set apart, and the text
 * cut into sentences and clauses.
 */
final class TextNormalizer {

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
    private static final Pattern STRETCHED = Pattern.compile("([a-z])\\1{2,}");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…;]+(?=\\s|$)|[!?…;]+|\\n+");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(",(?=\\s|$)| (?=(?:pero|but|aunque|sino) )");
    private static final int SHORT_CLAUSE = 2;

    private static final Map<String, String> SHORTHAND = Map.ofEntries(
            Map.entry("q", "que"),
            Map.entry("k", "que"),
            Map.entry("xq", "porque"),
            Map.entry("xk", "porque"),
            Map.entry("pq", "porque"),
            Map.entry("porq", "porque"),
            Map.entry("x", "por"),
            Map.entry("d", "de"),
            Map.entry("tb", "tambien"),
            Map.entry("tmb", "tambien"),
            Map.entry("pa", "para"),
            Map.entry("pal", "para el"),
            Map.entry("nose", "no se"),
            Map.entry("ud", "usted"),
            Map.entry("ust", "usted"),
            Map.entry("ustd", "usted"),
            Map.entry("uds", "ustedes"),
            Map.entry("porfa", "por favor"),
            Map.entry("porfis", "por favor"),
            Map.entry("xfa", "por favor"),
            Map.entry("dsp", "despues"),
            Map.entry("dps", "despues"),
            Map.entry("cdo", "cuando"),
            Map.entry("msj", "mensaje"),
            Map.entry("msjs", "mensajes"),
            Map.entry("bn", "bien"),
            Map.entry("toy", "estoy"),
            Map.entry("altiro", "al tiro"),
            Map.entry("manana", "manana"),
            Map.entry("mnn", "manana"),
            Map.entry("tmrw", "tomorrow"),
            Map.entry("tmr", "tomorrow"),
            Map.entry("tmw", "tomorrow"),
            Map.entry("2moro", "tomorrow"),
            Map.entry("u", "you"),
            Map.entry("ur", "your"),
            Map.entry("pls", "please"),
            Map.entry("plz", "please"),
            Map.entry("thx", "thanks"),
            Map.entry("thnx", "thanks"),
            Map.entry("tks", "thanks"),
            Map.entry("ty", "thanks"),
            Map.entry("gonna", "going to"),
            Map.entry("wanna", "want to"));

    private static final Map<String, String> NEGATED_AUXILIARY = Map.ofEntries(
            Map.entry("don", "do"),
            Map.entry("doesn", "does"),
            Map.entry("didn", "did"),
            Map.entry("can", "can"),
            Map.entry("couldn", "could"),
            Map.entry("won", "will"),
            Map.entry("wouldn", "would"),
            Map.entry("shouldn", "should"),
            Map.entry("isn", "is"),
            Map.entry("aren", "are"),
            Map.entry("wasn", "was"),
            Map.entry("haven", "have"),
            Map.entry("hasn", "has"));

    private TextNormalizer() {}

    /** Lower case, without accents or stretched letters; punctuation, digits and emojis kept. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        String bare = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return STRETCHED.matcher(bare).replaceAll("$1");
    }

    /** The words of {@code text}, folded, shorthand spelled out and contractions opened. */
    static List<String> words(String text) {
        List<String> raw = new ArrayList<>();
        Matcher m = WORD.matcher(fold(text));
        while (m.find()) {
            raw.add(m.group());
        }
        List<String> out = new ArrayList<>(raw.size());
        for (String word : raw) {
            String previous = out.isEmpty() ? "" : out.get(out.size() - 1);
            if ("t".equals(word) && NEGATED_AUXILIARY.containsKey(previous)) {
                out.set(out.size() - 1, NEGATED_AUXILIARY.get(previous));
                out.add("not");
            } else if (isContraction(word, previous)) {
                out.add(contraction(word));
            } else {
                for (String part : SHORTHAND.getOrDefault(word, word).split(" ")) {
                    out.add(part);
                }
            }
        }
        return out;
    }

    private static boolean isContraction(String word, String previous) {
        return switch (word) {
            case "ll", "ve", "re" -> true;
            case "m" -> "i".equals(previous);
            case "s" ->
                List.of("it", "that", "what", "there", "here", "he", "she", "who")
                        .contains(previous);
            case "d" -> List.of("i", "we", "you", "they").contains(previous);
            default -> false;
        };
    }

    private static String contraction(String word) {
        return switch (word) {
            case "ll" -> "will";
            case "ve" -> "have";
            case "re" -> "are";
            case "m" -> "am";
            case "s" -> "is";
            default -> "would";
        };
    }

    /** The emojis and other pictographs of {@code text}, one string each, skin tones and joiners dropped. */
    static List<String> emojis(String text) {
        List<String> found = new ArrayList<>();
        text.codePoints().filter(TextNormalizer::isPictograph).forEach(cp -> found.add(Character.toString(cp)));
        return found;
    }

    private static boolean isPictograph(int cp) {
        if (cp >= 0x1F3FB && cp <= 0x1F3FF) {
            return false;
        }
        return Character.getType(cp) == Character.OTHER_SYMBOL || (cp >= 0x1F000 && cp <= 0x1FAFF);
    }

    /** The clauses of {@code text}: sentences, cut again at commas and at "pero"/"but"; very short ones joined on. */
    static List<Clause> clauses(String text) {
        String folded = fold(text);
        List<Clause> clauses = new ArrayList<>();
        int sentence = 0;
        int start = 0;
        Matcher end = SENTENCE_END.matcher(folded);
        while (start < folded.length()) {
            boolean found = end.find(start);
            int stop = found ? end.end() : folded.length();
            String piece = folded.substring(start, stop);
            addClauses(piece, sentence++, clauses);
            start = stop;
        }
        return clauses;
    }

    private static void addClauses(String sentence, int index, List<Clause> out) {
        List<String> texts = new ArrayList<>();
        List<List<String>> parts = new ArrayList<>();
        for (String piece : CLAUSE_BREAK.split(sentence)) {
            List<String> words = words(piece);
            if (!words.isEmpty()) {
                texts.add(piece.strip());
                parts.add(new ArrayList<>(words));
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).size() <= SHORT_CLAUSE && parts.size() > 1) {
                int into = i + 1 < parts.size() ? i + 1 : i - 1;
                int first = Math.min(i, into);
                int second = Math.max(i, into);
                parts.get(first).addAll(parts.get(second));
                texts.set(first, texts.get(first) + " " + texts.get(second));
                parts.remove(second);
                texts.remove(second);
                i = first - 1;
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            String text = texts.get(i);
            out.add(new Clause(text, List.copyOf(parts.get(i)), index, text.contains("?") || text.contains("¿")));
        }
    }

    /**
     * A stretch of a message that holds one idea: its folded text and words, the sentence it belongs to, and whether
     * it asks (the stretch holding the question mark: in "el viernes le pago, ¿me cotiza 10 sacos?" only the second).
     */
    record Clause(String text, List<String> words, int sentence, boolean question) {}
}
