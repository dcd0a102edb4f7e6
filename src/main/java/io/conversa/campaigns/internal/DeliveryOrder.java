package io.conversa.campaigns.internal;

/**
 * The order of a bulk message's delivery statuses: they only move forward (pending < sending < sent < delivered <
 * read; failed and unknown are final, and a failure after a late "sent" still wins).
 */
final class DeliveryOrder {

    private DeliveryOrder() {}

    /** A SQL expression ranking a status column or parameter. */
    static String rankSql(String expression) {
        return "CASE " + expression + " WHEN 'pending' THEN 1 WHEN 'sending' THEN 2 WHEN 'sent' THEN 3"
                + " WHEN 'delivered' THEN 4 WHEN 'read' THEN 5 WHEN 'failed' THEN 6 WHEN 'unknown' THEN 6 ELSE 0 END";
    }
}
