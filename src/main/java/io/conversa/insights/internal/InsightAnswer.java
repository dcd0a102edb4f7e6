package io.conversa.insights.internal;

import io.conversa.insights.offline.Analysis;
import io.conversa.insights.offline.Analysis.PromiseToPay;
import io.conversa.insights.offline.Analysis.Sentiment;
import io.conversa.insights.offline.Analysis.Topic;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON schema the model must answer in, and the validation of its answer into an {@link Analysis}: malformed JSON,
 * a blank summary or next action, an unknown sentiment or topic, or an impossible promise date are a {@link
 * ProviderFailure}; the texts are trimmed to a sane length and the topics put in the order of {@link Topic}.
 */
final class InsightAnswer {

    static final int MAX_SUMMARY_CHARS = 800;
    static final int MAX_NEXT_ACTION_CHARS = 240;

    /** How far ahead of today a promised date may be and still be believed. */
    private static final int MAX_PROMISE_DAYS_AHEAD = 366;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Strict structured-output schema: every property required, no others, nullable where the answer may be empty. */
    static final String SCHEMA = """
            {
              "type": "object",
              "properties": {
                "summary": {"type": "string", "description": "2 to 4 sentences in the workspace language"},
                "sentiment": {"type": "string", "enum": %s},
                "topics": {"type": "array", "items": {"type": "string", "enum": %s}},
                "nextAction": {"type": "string", "description": "one concrete suggestion for the agent"},
                "promise": {
                  "type": ["object", "null"],
                  "properties": {
                    "date": {"type": "string", "description": "YYYY-MM-DD"},
                    "amount": {"type": ["string", "null"], "description": "plain number, e.g. 60000 or 1425.50"}
                  },
                  "required": ["date", "amount"],
                  "additionalProperties": false
                }
              },
              "required": ["summary", "sentiment", "topics", "nextAction", "promise"],
              "additionalProperties": false
            }""".formatted(codes(Sentiment.values()), codes(Topic.values()));

    private InsightAnswer() {}

    /**
     * The analysis in {@code content}, the model's message; promise dates are believed between {@code earliest} (the
     * day of the first message) and a year after {@code today}.
     */
    static Analysis parse(String content, LocalDate earliest, LocalDate today) {
        if (content == null || content.isBlank()) {
            throw new ProviderFailure(ProviderFailure.Kind.INVALID_ANSWER, "The model gave an empty answer");
        }
        JsonNode root;
        try {
            root = JSON.readTree(stripFence(content));
        } catch (JacksonException e) {
            throw new ProviderFailure(ProviderFailure.Kind.INVALID_ANSWER, "The model's answer is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new ProviderFailure(ProviderFailure.Kind.INVALID_ANSWER, "The model's answer is not a JSON object");
        }
        String summary = cut(text(root, "summary"), MAX_SUMMARY_CHARS);
        if (summary.isEmpty()) {
            throw new ProviderFailure(ProviderFailure.Kind.INVALID_ANSWER, "The model's answer has no summary");
        }
        String nextAction = cut(text(root, "nextAction"), MAX_NEXT_ACTION_CHARS);
        if (nextAction.isEmpty()) {
            throw new ProviderFailure(ProviderFailure.Kind.INVALID_ANSWER, "The model's answer has no next action");
        }
        Sentiment sentiment = sentiment(text(root, "sentiment"));
        List<Topic> topics = topics(root.get("topics"));
        PromiseToPay promise = promise(root.get("promise"), earliest, today);
        if (promise != null && !topics.contains(Topic.PROMESA_DE_PAGO)) {
            topics = ordered(topics, Topic.PROMESA_DE_PAGO, Topic.PAGO);
        }
        return new Analysis(summary, sentiment, topics, nextAction, promise);
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node != null && node.isString() ? node.asString().strip() : "";
    }

    private static Sentiment sentiment(String code) {
        for (Sentiment s : Sentiment.values()) {
            if (s.code().equals(code.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new ProviderFailure(ProviderFailure.Kind.INVALID_ANSWER, "The model's answer has an unknown sentiment");
    }

    private static List<Topic> topics(JsonNode node) {
        if (node == null || !node.isArray()) {
            throw new ProviderFailure(ProviderFailure.Kind.INVALID_ANSWER, "The model's answer has no topics");
        }
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        for (JsonNode item : node) {
            String code = item.isString() ? item.asString().strip().toLowerCase(Locale.ROOT) : "";
            Topic topic = null;
            for (Topic t : Topic.values()) {
                if (t.code().equals(code)) {
                    topic = t;
                }
            }
            if (topic == null) {
                throw new ProviderFailure(
                        ProviderFailure.Kind.INVALID_ANSWER, "The model's answer has an unknown topic");
            }
            topics.add(topic);
        }
        if (topics.isEmpty()) {
            topics.add(Topic.OTRO);
        }
        if (topics.size() > 1) {
            topics.remove(Topic.OTRO);
        }
        return List.copyOf(topics);
    }

    private static List<Topic> ordered(List<Topic> topics, Topic... more) {
        Set<Topic> all = EnumSet.noneOf(Topic.class);
        all.addAll(topics);
        all.addAll(List.of(more));
        all.remove(Topic.OTRO);
        return List.copyOf(all);
    }

    private static PromiseToPay promise(JsonNode node, LocalDate earliest, LocalDate today) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new ProviderFailure(
                    ProviderFailure.Kind.INVALID_ANSWER, "The model's answer has a malformed promise");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text(node, "date"));
        } catch (DateTimeParseException e) {
            throw new ProviderFailure(
                    ProviderFailure.Kind.INVALID_ANSWER, "The model's answer has an impossible promise date");
        }
        if (date.isBefore(earliest) || date.isAfter(today.plusDays(MAX_PROMISE_DAYS_AHEAD))) {
            throw new ProviderFailure(
                    ProviderFailure.Kind.INVALID_ANSWER, "The model's answer has an impossible promise date");
        }
        return new PromiseToPay(date, amount(node.get("amount")));
    }

    /** A stated amount, or {@code null} when there is none or it cannot be read (the date is what counts). */
    private static BigDecimal amount(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return positive(node.decimalValue());
        }
        String raw = node.isString() ? node.asString().replaceAll("[^0-9.,]", "") : "";
        if (raw.isEmpty()) {
            return null;
        }
        // "60.000" and "60,000" as thousands, "1425.50" and "1425,50" as decimals
        String normalized = raw.matches("\\d{1,3}([.,]\\d{3})+") ? raw.replaceAll("[.,]", "") : raw.replace(',', '.');
        try {
            return positive(new BigDecimal(normalized));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal positive(BigDecimal amount) {
        return amount.signum() > 0 ? amount.stripTrailingZeros() : null;
    }

    /** Some OpenAI-compatible servers wrap JSON in a Markdown fence even when asked for a schema. */
    private static String stripFence(String content) {
        String s = content.strip();
        if (s.startsWith("```")) {
            s = s.replaceFirst("^```[a-zA-Z]*\\s*", "").replaceFirst("\\s*```$", "");
        }
        return s;
    }

    /** {@code text} cut to {@code max} characters at a word, with an ellipsis. */
    static String cut(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int space = flat.lastIndexOf(' ', max - 1);
        return flat.substring(0, space > max / 2 ? space : max - 1).stripTrailing() + "…";
    }

    private static String codes(Enum<?>[] values) {
        StringBuilder out = new StringBuilder("[");
        for (Enum<?> value : values) {
            out.append(out.length() > 1 ? ", " : "")
                    .append('"')
                    .append(value.name().toLowerCase(Locale.ROOT))
                    .append('"');
        }
        return out.append(']').toString();
    }
}
