package io.conversa.insights.offline;

import io.conversa.insights.offline.Analysis.Sentiment;
import java.util.List;
import java.util.Set;

/**
 * The customer's tone. Each of their messages gets a score (thanks and warmth up; anger, complaints, refusal, threats,
 * sarcasm and distress down, even when polite), and the last message with a tone decides: a dispute that ends in
 * "gracias por checarlo" is positive, a "gracias" followed by "hagan lo que quieran" is negative. Being short of money
 * only weighs when no promise follows in the same message ("ando corto, pero en la quincena le pago" is neutral).
 */
final class SentimentRules {

    private static final Phrases THANKS = Phrases.of(
            "gracias|agradezco|agradecido|agradecida|agradecemos|thank|thanks|appreciate|appreciated",
            "dios le|te|les pague",
            "bendiciones");
    private static final Phrases THANKLESS = Phrases.of("gracias por nada", "thanks for nothing");

    private static final Phrases WARMTH = Phrases.of(
                    "abrazo|abrazos|besos|saludos|bendicion",
                    "que tenga|tengas|tengan [un] buen|bonito|lindo",
                    "con gusto",
                    "perfecto|perfect",
                    "tranqui|tranquila|tranquilo")
            .and(SarcasmDetector.PRAISE);
    private static final Set<String> WARM_EMOJIS =
            Set.of("😊", "🙂", "😄", "😃", "😁", "🥰", "❤", "😍", "🤗", "🙌", "🙏", "😉", "☺", "💪", "😀", "🥲");

    private static final Phrases ANGER = Phrases.of(
            "me|nos tienen|tiene harto|harta|hartos|podrido|podrida|cansado|cansada",
            "estoy|estamos harto|harta|hartos|podrido|podrida|cansado|cansada",
            "harto|harta|hartos|podrido|podrida|cansado|cansada de",
            "acoso|indignad*|furios*",
            "horrible|verguenza|desastre|abuso|ladrones|sinverguenza*",
            "no da",
            "no es posible",
            "hagan lo que quieran",
            "cortenlo|cortenla|cortenme",
            "no me gusta",
            "no pienso",
            "en serio",
            "otra vez [con] lo mismo",
            "ya les dije|he dicho",
            "no me vengan",
            "que se creen",
            "pero asi no",
            "no manches",
            "pida|pidan disculpas",
            "me busco otro|otra",
            "cambiar de proveedor|empresa|compania",
            "a ver si es cierto|esta vez|ahora si|cumplen|llegan|vienen|lo solucionan|lo arreglan",
            "ridiculous|scam|fed up|sick of|outrageous",
            "third|fourth time");

    private static final Phrases DISTRESS = Phrases.of(
            "desesperad*|hospitalizad*|uci|falleci*|murio|enferm*|llorando",
            "no tengo cabeza",
            "estamos|estoy muy mal",
            "momento horrible|dificil",
            "para comer",
            "lost my job",
            "struggling");

    private static final Phrases NEGATABLE_ANGER =
            Phrases.of("bravo|brava|enojado|enojada|molesto|molesta|angry|upset|mad|annoyed|frustrad*|frustrated");
    private static final Set<String> NEGATIONS = Set.of("no", "not", "ni", "nada", "tampoco", "nunca");
    private static final Set<String> SAD_EMOJIS = Set.of("😡", "🤬", "😠", "😤", "👎", "😭", "😢", "😩", "😞", "😔");

    private SentimentRules() {}

    static boolean thanks(ParsedMessage message) {
        return message.has(THANKS) && !message.has(THANKLESS);
    }

    /** The tone of one message: above zero warm, below zero negative, zero when it has none. */
    static int score(ParsedMessage m, boolean sarcastic, boolean promised) {
        int score = 0;
        if (thanks(m)) {
            score += 2;
        }
        if (!sarcastic && (m.has(WARMTH) || m.hasEmoji(WARM_EMOJIS))) {
            score += 1;
        }
        if (sarcastic || m.has(THANKLESS)) {
            score -= 2;
        }
        if (m.has(ANGER)
                || m.has(IssueLanguage.COMPLAINT)
                || m.has(IssueLanguage.TOO_MANY_MESSAGES)
                || m.has(PaymentLanguage.REFUSAL)
                || m.has(IssueLanguage.DEBT_DENIAL)
                || angry(m.words())) {
            score -= 2;
        }
        if (m.has(DISTRESS) || m.has(PaymentLanguage.INABILITY)) {
            score -= 2;
        }
        if (!promised && m.has(PaymentLanguage.HARDSHIP)) {
            score -= 1;
        }
        if (m.has(IssueLanguage.CONTEST) || m.hasEmoji(SAD_EMOJIS) || shouting(m.text())) {
            score -= 1;
        }
        return score;
    }

    /** The conversation's sentiment from the scores of the customer's messages, in order. */
    static Sentiment overall(List<Integer> scores) {
        for (int i = scores.size() - 1; i >= 0; i--) {
            if (scores.get(i) > 0) {
                return Sentiment.POSITIVE;
            }
            if (scores.get(i) < 0) {
                return Sentiment.NEGATIVE;
            }
        }
        return Sentiment.NEUTRAL;
    }

    private static boolean angry(List<String> words) {
        for (Phrases.Span span : NEGATABLE_ANGER.all(words)) {
            boolean negated = false;
            for (int i = Math.max(0, span.start() - 3); i < span.start(); i++) {
                negated |= NEGATIONS.contains(words.get(i));
            }
            if (!negated) {
                return true;
            }
        }
        return false;
    }

    private static boolean shouting(String text) {
        int run = 0;
        for (String word : text.split("\\s+")) {
            String letters = word.replaceAll("[^\\p{L}]", "");
            boolean upper = letters.length() >= 2 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT));
            run = upper ? run + 1 : 0;
            if (run >= 3) {
                return true;
            }
        }
        return false;
    }
}
