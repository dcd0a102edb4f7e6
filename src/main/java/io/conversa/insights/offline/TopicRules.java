package io.conversa.insights.offline;

import io.conversa.insights.offline.Analysis.Topic;
import io.conversa.insights.offline.TextNormalizer.Clause;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The topics a conversation raises, from the customer's messages, following the labelling rules: every promise is
 * also {@code pago}; a refusal inside a dispute is {@code disputa} alone; "ya pagué" against the company's records
 * is {@code disputa} + {@code pago} while "acabo de pagar" is {@code pago}; a complaint that needs a fix is
 * {@code reclamo} + {@code soporte}; asking to stop is {@code baja} and the annoyance in that message adds nothing;
 * questions about bank details, the link or the deadline are {@code consulta} + {@code pago}; a bare acknowledgement
 * of a reminder is {@code pago}; nothing else is {@code otro}.
 */
final class TopicRules {

    private static final Set<String> ACK_EMOJIS = Set.of("👍", "👌", "🆗", "✅", "🙏");
    private static final int SHORT_MESSAGE = 4;
    private static final int STRONGLY_NEGATIVE = -2;

    private TopicRules() {}

    /** What one customer message brings. */
    record MessageReading(ParsedMessage message, boolean sarcastic, int tone) {}

    static List<Topic> topics(List<MessageReading> inbound, boolean promised, String customerFirstName) {
        EnumSet<Topic> topics = EnumSet.noneOf(Topic.class);
        for (MessageReading reading : inbound) {
            read(reading, customerFirstName, topics);
        }
        if (promised) {
            topics.add(Topic.PAGO);
            topics.add(Topic.PROMESA_DE_PAGO);
        }
        if (topics.isEmpty() && !inbound.isEmpty()) {
            boolean acknowledged = inbound.stream().anyMatch(r -> acknowledgement(r.message()));
            topics.add(acknowledged ? Topic.PAGO : Topic.OTRO);
        }
        return List.copyOf(topics);
    }

    private static void read(MessageReading reading, String customerFirstName, EnumSet<Topic> topics) {
        ParsedMessage m = reading.message();
        List<String> words = m.words();
        boolean stop = m.has(IssueLanguage.STOP) || (words.size() <= SHORT_MESSAGE && words.contains("stop"));
        boolean refusal = m.clauses().stream().anyMatch(c -> PaymentLanguage.REFUSAL.in(c.words()));
        boolean dispute = refusal
                || m.has(IssueLanguage.DEBT_DENIAL)
                || (m.has(PaymentLanguage.PAID) && !m.has(PaymentLanguage.JUST_PAID) && m.has(IssueLanguage.CONTEST));
        boolean fix = needsFix(words);
        boolean complaint = m.has(IssueLanguage.COMPLAINT)
                || m.has(IssueLanguage.TOO_MANY_MESSAGES)
                || (fix && (reading.sarcastic() || reading.tone() <= STRONGLY_NEGATIVE));
        boolean asks = m.clauses().stream().anyMatch(Clause::question) || m.has(IssueLanguage.REQUEST);
        boolean payInfo = asks && m.has(PaymentLanguage.PAY_INFO);
        boolean information = m.has(IssueLanguage.INFORMATION) || (asks && m.has(IssueLanguage.FEES));
        addIf(topics, Topic.BAJA, stop);
        addIf(topics, Topic.DATOS_DE_CONTACTO, ContactDetails.given(m, customerFirstName));
        addIf(topics, Topic.DISPUTA, dispute);
        addIf(topics, Topic.RECLAMO, complaint && !stop);
        addIf(topics, Topic.SOPORTE, fix);
        addIf(topics, Topic.CONSULTA, !dispute && (information || (payInfo && !fix)));
        addIf(topics, Topic.PAGO, payInfo || speaksOfPaying(m));
        addIf(topics, Topic.OTRO, m.has(IssueLanguage.OTHER_BUSINESS));
    }

    /** Paying, having paid, or not being able to; a clause that refuses to pay does not count. */
    private static boolean speaksOfPaying(ParsedMessage m) {
        for (Clause clause : m.clauses()) {
            List<String> words = clause.words();
            if (PaymentLanguage.REFUSAL.in(words)) {
                continue;
            }
            if (PaymentLanguage.speaksOfPaying(m, words)
                    || PaymentLanguage.INABILITY.in(words)
                    || PaymentLanguage.HARDSHIP.in(words)
                    || PaymentLanguage.PAID.in(words)) {
                return true;
            }
        }
        return false;
    }

    /** Something to fix; "servicio técnico" as the name of a trade is not. */
    private static boolean needsFix(List<String> words) {
        for (Phrases.Span span : IssueLanguage.FIX.all(words)) {
            boolean tradeName = words.get(span.start()).startsWith("tecnic")
                    && span.start() > 0
                    && "servicio".equals(words.get(span.start() - 1));
            if (!tradeName) {
                return true;
            }
        }
        return false;
    }

    private static boolean acknowledgement(ParsedMessage m) {
        boolean wordsAreAck = m.words().stream().allMatch(PaymentLanguage.ACKNOWLEDGEMENTS::contains);
        boolean emojisAreAck = m.emojis().stream().allMatch(ACK_EMOJIS::contains);
        return wordsAreAck
                && emojisAreAck
                && (!m.words().isEmpty() || !m.emojis().isEmpty());
    }

    private static void addIf(EnumSet<Topic> topics, Topic topic, boolean condition) {
        if (condition) {
            topics.add(topic);
        }
    }
}
