package io.conversa.whatsapp.internal;

import static io.conversa.whatsapp.internal.JsonFields.epochSeconds;
import static io.conversa.whatsapp.internal.JsonFields.first;
import static io.conversa.whatsapp.internal.JsonFields.firstNonNull;
import static io.conversa.whatsapp.internal.JsonFields.integer;
import static io.conversa.whatsapp.internal.JsonFields.required;
import static io.conversa.whatsapp.internal.JsonFields.string;

import io.conversa.inbox.StatusUpdate;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** Reads {@code value.statuses[]} items and {@code value.errors[]} items. */
final class StatusReader {

    private final Function<JsonNode, String> toJson;

    StatusReader(Function<JsonNode, String> toJson) {
        this.toJson = toJson;
    }

    /**
     * A status, leniently: unknown status values are kept (lower-cased), {@code conversation} and {@code pricing} may
     * be absent; for a failure, the first of {@code errors[]}.
     *
     * @throws InvalidItemException when the status lacks its message id, status or a usable timestamp
     */
    StatusUpdate read(JsonNode status) {
        if (!status.isObject()) {
            throw new InvalidItemException("not an object");
        }
        String id = required(status, "id");
        String value = required(status, "status").strip().toLowerCase(Locale.ROOT);
        Instant timestamp = epochSeconds(status, "timestamp");
        ValueError error = error(first(status, "errors"));
        return new StatusUpdate(
                id,
                value,
                timestamp,
                string(status, "recipient_id"),
                error == null ? null : error.code(),
                error == null ? null : error.title(),
                error == null ? null : firstNonNull(error.details(), error.message()),
                string(status, "biz_opaque_callback_data"),
                toJson.apply(status));
    }

    /** One {@code errors[]} item; null for a missing or non-object node. */
    static ValueError error(JsonNode error) {
        if (!error.isObject()) {
            return null;
        }
        return new ValueError(
                integer(error, "code"),
                string(error, "title"),
                string(error, "message"),
                string(error.path("error_data"), "details"));
    }
}
