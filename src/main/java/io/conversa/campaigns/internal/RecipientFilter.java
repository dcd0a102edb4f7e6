package io.conversa.campaigns.internal;

/** The recipient table's filters, by the names the page and the API use. */
final class RecipientFilter {

    private RecipientFilter() {}

    static String sql(String filter) {
        if (filter == null || filter.isBlank()) {
            return "";
        }
        return switch (filter) {
            case "queued" -> " AND state = 'queued'";
            case "sending" -> " AND state = 'handed' AND delivery IN ('pending', 'sending')";
            case "sent" -> " AND delivery IN ('sent', 'delivered', 'read')";
            case "delivered" -> " AND delivery IN ('delivered', 'read')";
            case "read" -> " AND delivery = 'read'";
            case "replied" -> " AND replied_at IS NOT NULL";
            case "failed" -> " AND delivery = 'failed'";
            case "unknown" -> " AND delivery = 'unknown'";
            case "skipped" -> " AND state = 'skipped'";
            case "cancelled" -> " AND state = 'cancelled'";
            default -> throw new IllegalArgumentException("Unknown recipient filter: " + filter);
        };
    }
}
