package io.conversa.whatsapp.internal;

import io.conversa.inbox.InboundMessage;
import io.conversa.inbox.StatusUpdate;
import java.util.List;

/** Everything one webhook delivery carried: one {@link Change} per {@code entry[].changes[]}, in order. */
public record ParsedWebhook(List<Change> changes) {

    public ParsedWebhook {
        changes = List.copyOf(changes);
    }

    /** All inbound messages of all changes, in order. */
    public List<InboundMessage> messages() {
        return changes.stream().flatMap(c -> c.messages().stream()).toList();
    }

    /** All statuses of all changes, in order. */
    public List<StatusUpdate> statuses() {
        return changes.stream().flatMap(c -> c.statuses().stream()).toList();
    }

    /**
     * One {@code changes[]} item.
     *
     * @param field the webhook field ({@code messages}, {@code message_template_status_update}, …); null if absent
     * @param phoneNumberId {@code value.metadata.phone_number_id}: the business number to route by; null if absent
     * @param displayPhoneNumber {@code value.metadata.display_phone_number}
     * @param messages the inbound messages ({@code field = messages})
     * @param statuses the statuses of messages the business sent ({@code field = messages})
     * @param templateUpdates template status, quality and category changes
     * @param errors {@code value.errors[]} ({@code field = messages})
     * @param rawValue the change's {@code value} as JSON; null if absent
     * @param skipped one human-readable line per item that could not be read (e.g. a message without {@code id}),
     *     which the others survived
     */
    public record Change(
            String field,
            String phoneNumberId,
            String displayPhoneNumber,
            List<InboundMessage> messages,
            List<StatusUpdate> statuses,
            List<TemplateStatusUpdate> templateUpdates,
            List<ValueError> errors,
            String rawValue,
            List<String> skipped) {

        public Change {
            messages = List.copyOf(messages);
            statuses = List.copyOf(statuses);
            templateUpdates = List.copyOf(templateUpdates);
            errors = List.copyOf(errors);
            skipped = List.copyOf(skipped);
        }
    }
}
