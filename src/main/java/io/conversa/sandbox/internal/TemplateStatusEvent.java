package io.conversa.sandbox.internal;

import java.time.Instant;

/**
 * A change of a template's status as Meta reports it in a {@code message_template_status_update} webhook.
 *
 * @param templateId Meta's id of the template (digits; the webhook carries it as a number)
 * @param event the new status: {@code APPROVED}, {@code REJECTED}, …
 * @param reason why: {@code NONE}, or a rejection reason such as {@code INCORRECT_CATEGORY}
 */
public record TemplateStatusEvent(
        String templateId, String name, String language, String event, String reason, Instant at) {}
