package io.conversa.whatsapp.internal;

import io.conversa.inbox.spi.SendOutcome;
import io.conversa.whatsapp.internal.GraphHttp.Reply;
import io.conversa.whatsapp.internal.MetaErrorClassifier.Classification;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/** Reads the Graph API's answers into outcomes: branches on Meta's {@code error.code}, never on the HTTP status. */
final class GraphReplies {

    private GraphReplies() {}

    /** The outcome of {@code POST /messages} sending a message. */
    static SendOutcome sent(Reply reply) {
        JsonNode json = reply.json();
        if (!reply.ok()) {
            return rejected(reply);
        }
        JsonNode message = json.path("messages").path(0);
        String id = text(message.path("id"));
        if (id == null) {
            // Meta said yes but not to what: the message may exist, so it must not be resent blindly.
            return new SendOutcome.Unknown("HTTP " + reply.status() + " without a message id");
        }
        String status = Objects.requireNonNullElse(text(message.path("message_status")), "accepted");
        return new SendOutcome.Accepted(id, text(json.path("contacts").path(0).path("wa_id")), status);
    }

    /** The outcome of {@code POST /messages} marking {@code waMessageId} read. */
    static SendOutcome read(Reply reply, String waMessageId) {
        return reply.ok() ? new SendOutcome.Accepted(waMessageId, null, "read") : rejected(reply);
    }

    /** A refusal: Meta's error when the body has one, else what the HTTP status says. */
    static SendOutcome.Rejected rejected(Reply reply) {
        JsonNode error = reply.json().path("error");
        Long code = number(error.path("code"));
        Classification c = code == null
                ? MetaErrorClassifier.forHttpStatus(reply.status())
                : MetaErrorClassifier.classify((int) Math.min(code, Integer.MAX_VALUE), reply.status());
        String title = firstNonNull(text(error.path("title")), text(error.path("message")), "HTTP " + reply.status());
        String details = text(error.path("error_data").path("details"));
        return new SendOutcome.Rejected(c.code(), title, details, c.retryable(), c.retryAfter(), c.explanation());
    }

    /** The error body's fbtrace_id, else the x-fb-trace-id header Meta sets on its answers. */
    static String fbtrace(Reply reply) {
        return firstNonNull(text(reply.json().path("error").path("fbtrace_id")), reply.traceId());
    }

    /** The outcome for a log line: ids and codes only, never a message's text. */
    static String describe(SendOutcome outcome) {
        if (outcome instanceof SendOutcome.Accepted accepted) {
            return "wamid=" + accepted.waMessageId() + " status=" + accepted.messageStatus();
        }
        if (outcome instanceof SendOutcome.Rejected rejected) {
            return "code=" + rejected.code() + " retryable=" + rejected.retryable();
        }
        return "outcome unknown (" + ((SendOutcome.Unknown) outcome).reason() + ")";
    }

    /** A whole number Meta sent as a number or as a string of digits (file_size comes both ways). */
    static Long number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isString() && node.asString().trim().matches("\\d{1,18}")) {
            return Long.parseLong(node.asString().trim());
        }
        return null;
    }

    /** A scalar's text; null when absent, null or blank. */
    static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() && !node.asString().isBlank() ? node.asString() : null;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
