package io.conversa.insights.offline;

import io.conversa.insights.offline.TextNormalizer.Clause;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** One message read once: its day in the conversation's zone, words, clauses, emojis and language. */
record ParsedMessage(
        ConversationInput.Message source,
        LocalDate day,
        String folded,
        List<String> words,
        List<Clause> clauses,
        List<String> emojis,
        boolean english) {

    private static final Set<String> ENGLISH = Set.of(
            "i", "you", "the", "is", "my", "it", "to", "for", "and", "this", "will", "thanks", "please", "we", "your",
            "not", "have", "can", "of", "am", "are", "what", "sorry", "hi", "hello", "yes", "be");
    private static final Set<String> SPANISH = Set.of(
            "el", "la", "que", "de", "es", "por", "para", "mi", "y", "lo", "le", "te", "se", "no", "los", "las", "un",
            "una", "me", "gracias", "hola", "si", "ya", "con", "en", "su", "usted", "yo", "pero", "esta", "eso");

    static ParsedMessage of(ConversationInput.Message message, ZoneId zone) {
        List<String> words = TextNormalizer.words(message.text());
        long english = words.stream().filter(ENGLISH::contains).count();
        long spanish = words.stream().filter(SPANISH::contains).count();
        return new ParsedMessage(
                message,
                message.at().atZoneSameInstant(zone).toLocalDate(),
                TextNormalizer.fold(message.text()),
                words,
                TextNormalizer.clauses(message.text()),
                TextNormalizer.emojis(message.text()),
                english > spanish);
    }

    boolean inbound() {
        return source.inbound();
    }

    String text() {
        return source.text();
    }

    boolean has(Phrases family) {
        return family.in(words);
    }

    boolean hasEmoji(Set<String> set) {
        return emojis.stream().anyMatch(set::contains);
    }
}
