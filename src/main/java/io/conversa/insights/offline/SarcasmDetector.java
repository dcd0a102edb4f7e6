package io.conversa.insights.offline;

import io.conversa.insights.offline.TextNormalizer.Clause;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sarcasm in collections chat: "sí, cómo no", a trailing ", claro", eye-rolling emojis, and praise that sits next to
 * a charge or a failure ("qué rápidos para cobrar 👏", "excelente servicio, llevan 3 semanas sin venir") or that
 * follows a sarcastic message ("de verdad los felicito").
 */
final class SarcasmDetector {

    static final Set<String> EMOJIS = Set.of("🙄", "🙃", "😒", "😏", "🤡");

    private static final Pattern TRAILING_CLARO = Pattern.compile(
            "\\b(?:pag|transf|deposit|consign|cancel|abon|yape|pay)\\w*\\b[^.!?]*,\\s*claro\\b(?!\\s+que)");
    private static final Phrases MARKERS = Phrases.of(
            "si como no",
            "si claro",
            "ya claro",
            "claro que si ~1 como no",
            "un genio",
            "yeah right",
            "oh sure|great|yeah",
            "sure sure",
            "as if");

    /** Praise that can be meant the other way round. */
    static final Phrases PRAISE = Phrases.of(
            "excelente|buenisimo|buenisima|genial|bacano|bacan|joya|felicito|felicitaciones|eficientes|puntuales",
            "que rapidos|rapido|amables|amable",
            "super|muy|re amables|rapidos|eficientes|puntuales",
            "great|awesome|wonderful|amazing|brilliant");

    private static final Phrases CHARGE_OR_FAILURE = Phrases.of(
            "cobrar|cobran|cobro|cobrando|intereses|mora|recargo",
            "charge|charged|charging|fees",
            "sin venir",
            "nunca",
            "ni sus luces",
            "cerrado|cerrada",
            "no pude");

    private SarcasmDetector() {}

    /** Whether {@code message} is sarcastic; {@code afterSarcasm} when the customer's previous message was. */
    static boolean sarcastic(ParsedMessage message, boolean afterSarcasm) {
        if (message.hasEmoji(EMOJIS)
                || message.has(MARKERS)
                || TRAILING_CLARO.matcher(message.folded()).find()
                || message.clauses().stream().anyMatch(SarcasmDetector::endsWithClaro)) {
            return true;
        }
        boolean praise = message.has(PRAISE) || message.emojis().contains("👏");
        return praise && (message.has(CHARGE_OR_FAILURE) || (afterSarcasm && !SentimentRules.thanks(message)));
    }

    /**
     * Whether the sentence holding {@code clause} is sarcastic ("les pago al tiro, claro", "sí, cómo no, les pago
     * mañana"), or the message rolls its eyes.
     */
    static boolean sarcastic(ParsedMessage message, Clause clause) {
        if (message.hasEmoji(EMOJIS)) {
            return true;
        }
        List<Clause> sentence = message.clauses().stream()
                .filter(c -> c.sentence() == clause.sentence())
                .toList();
        List<String> words = sentence.stream().flatMap(c -> c.words().stream()).toList();
        return MARKERS.in(words)
                || TRAILING_CLARO.matcher(message.folded()).find()
                || sentence.stream().anyMatch(SarcasmDetector::endsWithClaro);
    }

    private static boolean endsWithClaro(Clause clause) {
        List<String> words = clause.words();
        int n = words.size();
        return n >= 3
                && ("claro".equals(words.get(n - 1)) || "como no".equals(words.get(n - 2) + " " + words.get(n - 1)));
    }
}
