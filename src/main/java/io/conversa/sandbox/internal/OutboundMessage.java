package io.conversa.sandbox.internal;

/**
 * A send the fake Graph API accepted.
 *
 * @param input the {@code to} exactly as the business wrote it
 * @param waId the recipient's wa_id
 * @param content what it says
 */
public record OutboundMessage(String input, String waId, MessageContent content) {

    public boolean isTemplate() {
        return "template".equals(content.type());
    }

    /** Meta's pricing category: templates here are utility messages, anything else a free service reply. */
    public String pricingCategory() {
        return isTemplate() ? "utility" : "service";
    }
}
