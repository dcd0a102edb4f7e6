package io.conversa.inbox;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What the conversation list shows. {@code tab}: {@code open} (not snoozed), {@code snoozed}, {@code closed} or
 * {@code all}. Every other field narrows the list and is ignored when null (or false): {@code priority} normal, high
 * or urgent; {@code tag}; only conversations with unread messages; linked to a customer or not; assigned to a user;
 * a search over the contact's name and number, the linked customer's name, e-mail and phone, and message text; a
 * WhatsApp id; a customer; the newest AI insight's sentiment ({@code positive}, {@code neutral}, {@code negative})
 * and one of its topics.
 */
public record ConversationFilter(
        String tab,
        String priority,
        String tag,
        boolean unreadOnly,
        Boolean linked,
        UUID assigneeId,
        String search,
        String waId,
        UUID customerId,
        String sentiment,
        String topic) {

    public static final List<String> TABS = List.of("open", "snoozed", "closed", "all");
    public static final List<String> PRIORITIES = List.of("normal", "high", "urgent");
    public static final List<String> SENTIMENTS = List.of("positive", "neutral", "negative");
    public static final List<String> TOPICS = List.of(
            "pago",
            "promesa_de_pago",
            "disputa",
            "reclamo",
            "soporte",
            "consulta",
            "datos_de_contacto",
            "baja",
            "otro");

    public ConversationFilter {
        tab = tab == null || tab.isBlank() ? "open" : tab.trim().toLowerCase(Locale.ROOT);
        priority = blankToNull(priority);
        tag = blankToNull(tag) == null ? null : tag.trim().toLowerCase(Locale.ROOT);
        search = blankToNull(search);
        waId = blankToNull(waId);
        sentiment = blankToNull(sentiment);
        topic = blankToNull(topic);
    }

    public ConversationFilter(
            String tab,
            String priority,
            String tag,
            boolean unreadOnly,
            Boolean linked,
            UUID assigneeId,
            String search,
            String waId,
            UUID customerId) {
        this(tab, priority, tag, unreadOnly, linked, assigneeId, search, waId, customerId, null, null);
    }

    public static ConversationFilter tab(String tab) {
        return new ConversationFilter(tab, null, null, false, null, null, null, null, null);
    }

    public ConversationFilter withTab(String newTab) {
        return new ConversationFilter(
                newTab, priority, tag, unreadOnly, linked, assigneeId, search, waId, customerId, sentiment, topic);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
