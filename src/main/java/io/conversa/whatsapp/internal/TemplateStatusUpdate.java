package io.conversa.whatsapp.internal;

/**
 * A change to one of the account's message templates.
 *
 * @param templateId {@code message_template_id} as text (Meta sends it as a number)
 * @param event the new status for {@code message_template_status_update} ({@code APPROVED}, {@code REJECTED}, …,
 *     kept as sent); {@code "QUALITY:" + new_quality_score} for {@code message_template_quality_update};
 *     {@code "CATEGORY:" + new_category} for {@code template_category_update}
 * @param reason the rejection or pause reason ({@code NONE}, {@code INCORRECT_CATEGORY}, …), when sent
 * @param rawJson the change's value as JSON
 */
public record TemplateStatusUpdate(
        String templateId, String name, String language, String event, String reason, String rawJson) {}
