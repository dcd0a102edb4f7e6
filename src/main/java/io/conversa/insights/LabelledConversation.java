package io.conversa.insights;

import io.conversa.insights.offline.ConversationInput;
import io.conversa.insights.offline.ConversationInput.Direction;
import io.conversa.insights.offline.ConversationInput.Invoice;
import io.conversa.insights.offline.ConversationInput.Message;
import io.conversa.insights.offline.ConversationInput.Receivables;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One line of a labelled JSON Lines file (the format of {@code insights-dev.jsonl}): the conversation as the analyzer
 * reads it and the labels it should reproduce.
 */
record LabelledConversation(
        String id, ConversationInput input, String sentiment, Set<String> topics, LocalDate promiseDate) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Parses one line; an {@link IllegalArgumentException} says what is missing or malformed. */
    static LabelledConversation parse(String line) {
        JsonNode root;
        try {
            root = JSON.readTree(line);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not valid JSON (" + e.getClass().getSimpleName() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        try {
            return new LabelledConversation(
                    root.path("id").asString(""),
                    input(root),
                    required(root.path("labels"), "sentiment"),
                    topics(root.path("labels").path("topics")),
                    promiseDate(root.path("labels").path("promise")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static ConversationInput input(JsonNode root) {
        List<Message> messages = new ArrayList<>();
        for (JsonNode m : array(root, "messages")) {
            Direction direction = "inbound".equals(required(m, "direction")) ? Direction.INBOUND : Direction.OUTBOUND;
            messages.add(new Message(
                    direction,
                    OffsetDateTime.parse(required(m, "at")),
                    m.path("text").asString("")));
        }
        JsonNode customer = root.path("customer");
        List<Invoice> invoices = new ArrayList<>();
        for (JsonNode i : customer.path("overdueInvoices")) {
            String due = i.path("dueDate").asString("");
            invoices.add(new Invoice(
                    i.path("number").asString(""),
                    decimal(i.path("amount")),
                    due.isEmpty() ? null : LocalDate.parse(due)));
        }
        Receivables receivables =
                new Receivables(customer.path("name").asString(""), decimal(customer.path("balance")), invoices);
        return new ConversationInput(
                messages,
                ZoneId.of(required(root, "timezone")),
                root.path("currency").asString("USD"),
                root.path("language").asString("es"),
                receivables);
    }

    private static Set<String> topics(JsonNode node) {
        Set<String> topics = new TreeSet<>();
        node.forEach(t -> topics.add(t.asString()));
        return topics;
    }

    private static LocalDate promiseDate(JsonNode promise) {
        String date = promise.path("date").asString("");
        return promise.isObject() && !date.isEmpty() ? LocalDate.parse(date) : null;
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isArray()) {
            throw new IllegalArgumentException("\"" + field + "\" must be an array");
        }
        return value;
    }

    private static String required(JsonNode node, String field) {
        String value = node.path(field).asString("");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("\"" + field + "\" is missing");
        }
        return value;
    }

    private static BigDecimal decimal(JsonNode node) {
        String value = node.asString("");
        return value.isEmpty() ? BigDecimal.ZERO : new BigDecimal(value);
    }
}
