package io.conversa.insights.offline;

import io.conversa.insights.offline.Analysis.PromiseToPay;
import io.conversa.insights.offline.Analysis.Sentiment;
import io.conversa.insights.offline.Analysis.Topic;
import io.conversa.insights.offline.ConversationInput.Invoice;
import io.conversa.insights.offline.ConversationInput.Receivables;
import io.conversa.insights.offline.TopicRules.MessageReading;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The offline analyzer: deterministic rules over the customer's messages, in Spanish and English, with no network and
 * no state. Thread-safe; one instance can serve every conversation.
 */
public final class OfflineAnalyzer {

    public Analysis analyze(ConversationInput input) {
        List<ParsedMessage> messages = input.messages().stream()
                .map(m -> ParsedMessage.of(m, input.zone()))
                .toList();
        Receivables receivables = input.receivables();
        List<MessageReading> inbound = readCustomer(messages, receivables);
        PromiseToPay promise = PromiseExtractor.find(messages, receivables);
        Sentiment sentiment = SentimentRules.overall(
                inbound.stream().map(MessageReading::tone).toList());
        List<Topic> topics = TopicRules.topics(inbound, promise != null, firstName(receivables.customerName()));
        Findings findings = new Findings(
                receivables.customerName(),
                input.currency(),
                input.language(),
                receivables.balance(),
                receivables.overdueInvoices(),
                !inbound.isEmpty(),
                sentiment,
                topics,
                promise,
                inbound.stream().anyMatch(r -> r.message().has(PaymentLanguage.PAID)),
                inbound.stream().anyMatch(r -> r.message().has(PaymentLanguage.INABILITY)),
                newContact(inbound),
                namedInvoice(inbound, receivables));
        return new Analysis(
                SummaryWriter.write(findings), sentiment, topics, NextActionWriter.write(findings), promise);
    }

    private static List<MessageReading> readCustomer(List<ParsedMessage> messages, Receivables receivables) {
        List<MessageReading> readings = new ArrayList<>();
        boolean afterSarcasm = false;
        for (ParsedMessage message : messages) {
            if (!message.inbound()) {
                continue;
            }
            boolean sarcastic = SarcasmDetector.sarcastic(message, afterSarcasm);
            boolean promised = PromiseExtractor.inMessage(message, receivables) != null;
            readings.add(new MessageReading(message, sarcastic, SentimentRules.score(message, sarcastic, promised)));
            afterSarcasm = sarcastic;
        }
        return readings;
    }

    private static Optional<String> newContact(List<MessageReading> inbound) {
        for (MessageReading reading : inbound) {
            Optional<String> contact =
                    ContactDetails.newEmail(reading.message()).or(() -> ContactDetails.newPhone(reading.message()));
            if (contact.isPresent()) {
                return contact;
            }
        }
        return Optional.empty();
    }

    private static Optional<Invoice> namedInvoice(List<MessageReading> inbound, Receivables receivables) {
        return inbound.stream()
                .map(r -> AmountReader.namedInvoice(r.message().folded(), receivables))
                .filter(Objects::nonNull)
                .findFirst();
    }

    private static String firstName(String name) {
        String[] parts = name.strip().split("\\s+");
        return parts.length == 0 ? "" : parts[0];
    }
}
