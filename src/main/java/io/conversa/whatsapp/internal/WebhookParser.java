package io.conversa.whatsapp.internal;

import static io.conversa.whatsapp.internal.JsonFields.array;
import static io.conversa.whatsapp.internal.JsonFields.string;

import io.conversa.inbox.InboundMessage;
import io.conversa.inbox.StatusUpdate;
import io.conversa.whatsapp.internal.ParsedWebhook.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a WhatsApp Cloud API webhook body (already signature-checked) into inbox terms: every entry, every change,
 * every message and status. Only a body that is not a WhatsApp Business Account envelope fails as a whole; an item
 * that cannot be read is skipped and listed in its {@link Change#skipped()}, and the others are kept.
 */
public final class WebhookParser {

    private static final String ENVELOPE_OBJECT = "whatsapp_business_account";
    private static final String MESSAGES_FIELD = "messages";

    private final ObjectReader reader;
    private final Function<JsonNode, String> toJson;
    private final InboundMessageReader messageReader;
    private final StatusReader statusReader;
    private final TemplateUpdateReader templateReader;

    public WebhookParser() {
        this(JsonMapper.builder().build());
    }

    public WebhookParser(JsonMapper mapper) {
        Objects.requireNonNull(mapper, "mapper");
        // Numbers are kept exactly as written (coordinates), and nothing may follow the envelope.
        this.reader = mapper.reader()
                .with(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .with(
                        DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        ObjectWriter writer = mapper.writer()
                .without(SerializationFeature.INDENT_OUTPUT)
                .without(JsonNodeFeature.WRITE_PROPERTIES_SORTED);
        this.toJson = writer::writeValueAsString;
        this.messageReader = new InboundMessageReader(toJson);
        this.statusReader = new StatusReader(toJson);
        this.templateReader = new TemplateUpdateReader(toJson);
    }

    /**
     * @param body the raw request body
     * @throws MalformedWebhookException when the body is not JSON, not an object, not a {@code
     *     whatsapp_business_account} event, or has no {@code entry} array
     */
    public ParsedWebhook parse(byte[] body) {
        JsonNode root = readEnvelope(body);
        List<Change> changes = new ArrayList<>();
        for (JsonNode entry : array(root, "entry")) {
            for (JsonNode change : array(entry, "changes")) {
                changes.add(guardedChange(change));
            }
        }
        return new ParsedWebhook(changes);
    }

    private JsonNode readEnvelope(byte[] body) {
        if (body == null || body.length == 0) {
            throw new MalformedWebhookException("empty body");
        }
        JsonNode root;
        try {
            root = reader.readTree(body);
        } catch (JacksonException e) {
            throw new MalformedWebhookException("body is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedWebhookException("body is not a JSON object");
        }
        if (!ENVELOPE_OBJECT.equals(string(root, "object"))) {
            throw new MalformedWebhookException("object is not " + ENVELOPE_OBJECT + ": " + string(root, "object"));
        }
        if (!root.path("entry").isArray()) {
            throw new MalformedWebhookException("entry is missing or not an array");
        }
        return root;
    }

    private Change guardedChange(JsonNode change) {
        try {
            return change(change);
        } catch (RuntimeException e) {
            Items items = new Items();
            items.skipped.add("change could not be read: " + e);
            return items.toChange(string(change, "field"), change.path("value"), null);
        }
    }

    private Change change(JsonNode change) {
        String field = string(change, "field");
        JsonNode value = change.path("value");
        Items items = new Items();
        if (!value.isObject()) {
            items.skipped.add("value is missing or not an object");
        } else if (MESSAGES_FIELD.equals(field)) {
            readEach(value, "messages", item -> messageReader.read(item, value), items.messages, items.skipped);
            readEach(value, "statuses", statusReader::read, items.statuses, items.skipped);
            readEach(value, "errors", WebhookParser::valueError, items.errors, items.skipped);
        } else if (TemplateUpdateReader.handles(field)) {
            readOne(field, () -> templateReader.read(field, value), items.templateUpdates, items.skipped);
        }
        return items.toChange(field, value, value.isMissingNode() ? null : toJson.apply(value));
    }

    private static ValueError valueError(JsonNode item) {
        ValueError error = StatusReader.error(item);
        if (error == null) {
            throw new InvalidItemException("not an object");
        }
        return error;
    }

    /** Reads every item of {@code value[arrayField]}; one that fails is described in {@code skipped}. */
    private static <T> void readEach(
            JsonNode value, String arrayField, Function<JsonNode, T> read, List<T> into, List<String> skipped) {
        int index = 0;
        for (JsonNode item : array(value, arrayField)) {
            String id = string(item, "id");
            String label = arrayField + "[" + index + "]" + (id == null ? "" : " " + id);
            readOne(label, () -> read.apply(item), into, skipped);
            index++;
        }
    }

    private static <T> void readOne(String label, Supplier<T> read, List<T> into, List<String> skipped) {
        try {
            into.add(read.get());
        } catch (InvalidItemException e) {
            skipped.add(label + ": " + e.getMessage());
        } catch (RuntimeException e) {
            skipped.add(label + ": unexpected " + e);
        }
    }

    /** What one change yields, collected while reading it. */
    private static final class Items {
        final List<InboundMessage> messages = new ArrayList<>();
        final List<StatusUpdate> statuses = new ArrayList<>();
        final List<TemplateStatusUpdate> templateUpdates = new ArrayList<>();
        final List<ValueError> errors = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();

        Change toChange(String field, JsonNode value, String rawValue) {
            JsonNode metadata = value.path("metadata");
            return new Change(
                    field,
                    string(metadata, "phone_number_id"),
                    string(metadata, "display_phone_number"),
                    messages,
                    statuses,
                    templateUpdates,
                    errors,
                    rawValue,
                    skipped);
        }
    }
}
