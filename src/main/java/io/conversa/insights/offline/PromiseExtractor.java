package io.conversa.insights.offline;

import io.conversa.insights.offline.Analysis.PromiseToPay;
import io.conversa.insights.offline.ConversationInput.Receivables;
import io.conversa.insights.offline.PromiseDateResolver.Mention;
import io.conversa.insights.offline.TextNormalizer.Clause;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The customer's promise to pay: a clause of theirs that commits to paying ("le pago", "te transfiero", "I'll pay")
 * and names a date, resolved from the day of that message. Not a promise: a question, a conditional ("si me pagan
 * la gratificación le cancelo"), a maybe, a proposal, a negation, sarcasm ("les pago al tiro, claro"), or a date in
 * another clause about something else ("el sábado me manda el pedido"). When the customer corrects themselves, the
 * last promise counts.
 */
final class PromiseExtractor {

    private static final Phrases CONDITIONAL = Phrases.of(
            "si ~1 me|nos pagan|depositan|llega|llegan|sale|va|alcanza|dan|cae|devuelven|arreglan",
            "si ~1 puedo|podemos|alcanzo|consigo|cobro|vendo|vendemos|tengo|junto|logro",
            "si ~1 le|te|les [lo|la|los|las] pago|deposito|transfiero|cancelo|consigno|abono",
            "en caso de que",
            "if i|we|my|they|you",
            "depende|depending");
    private static final Phrases HEDGE = Phrases.of(
            "tal vez",
            "quizas|quiza|probablemente|posiblemente|capaz",
            "a lo mejor",
            "no se si",
            "maybe|perhaps|probably",
            "might",
            "may be");
    private static final Phrases PROPOSAL = Phrases.of("te|le|les propongo", "propongo", "could i|we", "podria pagar*");
    private static final Phrases THAT_DAY = Phrases.of("ese [mismo] dia", "then", "that day", "ese dia");
    private static final Set<String> NEGATIONS = Set.of("no", "not", "nunca", "never", "ni");
    private static final int NEGATION_REACH = 3;

    private PromiseExtractor() {}

    /** The last promise the customer made in {@code messages}, or {@code null}. */
    static PromiseToPay find(List<ParsedMessage> messages, Receivables receivables) {
        PromiseToPay promise = null;
        for (ParsedMessage message : messages) {
            if (message.inbound()) {
                PromiseToPay inMessage = inMessage(message, receivables);
                promise = inMessage != null ? inMessage : promise;
            }
        }
        return promise;
    }

    /** The last promise in one message, or {@code null}. */
    static PromiseToPay inMessage(ParsedMessage message, Receivables receivables) {
        PromiseToPay promise = null;
        List<Clause> clauses = message.clauses();
        for (int c = 0; c < clauses.size(); c++) {
            Clause clause = clauses.get(c);
            for (Phrases.Span verb : PaymentLanguage.COMMITMENT.all(clause.words())) {
                if (!committed(message, clause, verb)) {
                    continue;
                }
                List<Mention> dates = PromiseDateResolver.find(clause.words(), message.day());
                if (dates.isEmpty() && THAT_DAY.in(clause.words())) {
                    dates = datesElsewhereInSentence(clauses, c, message);
                }
                if (!dates.isEmpty()) {
                    Mention date = nearest(PromiseDateResolver.preferNamedDays(dates), verb);
                    List<Integer> dayWords =
                            dates.stream().map(d -> d.date().getDayOfMonth()).toList();
                    BigDecimal amount = AmountReader.read(clause, verb.start(), verb.end(), receivables, dayWords);
                    promise = new PromiseToPay(date.date(), amount);
                }
            }
        }
        return promise;
    }

    private static boolean committed(ParsedMessage message, Clause clause, Phrases.Span verb) {
        List<String> words = clause.words();
        if (clause.question()
                || CONDITIONAL.in(words)
                || HEDGE.in(words)
                || PROPOSAL.in(words)
                || SarcasmDetector.sarcastic(message, clause)) {
            return false;
        }
        for (int i = Math.max(0, verb.start() - NEGATION_REACH); i < verb.start(); i++) {
            boolean pastPlural =
                    "ya".equals(words.get(i)) && words.get(verb.start()).endsWith("amos");
            if (NEGATIONS.contains(words.get(i)) || pastPlural) {
                return false;
            }
        }
        return !(verb.start() < words.size() && PaymentLanguage.PAID.in(words.subList(verb.start(), verb.end())));
    }

    private static List<Mention> datesElsewhereInSentence(List<Clause> clauses, int at, ParsedMessage message) {
        for (int c = at - 1;
                c >= 0 && clauses.get(c).sentence() == clauses.get(at).sentence();
                c--) {
            List<Mention> dates = PromiseDateResolver.find(clauses.get(c).words(), message.day());
            if (!dates.isEmpty()) {
                return List.of(dates.get(dates.size() - 1));
            }
        }
        return List.of();
    }

    private static Mention nearest(List<Mention> dates, Phrases.Span verb) {
        Mention best = dates.get(0);
        for (Mention date : dates) {
            if (distance(date, verb) < distance(best, verb)) {
                best = date;
            }
        }
        return best;
    }

    private static int distance(Mention date, Phrases.Span verb) {
        if (date.end() <= verb.start()) {
            return verb.start() - date.end();
        }
        return Math.max(0, date.start() - verb.end());
    }
}
