package io.conversa.campaigns;

import java.util.List;

/**
 * A created bulk send and its intake report: recipients kept, numbers given twice (sent once), opted-out contacts
 * (kept as skipped), and rejected rows (how many, and the first hundred with the reason: a number that is not one,
 * a CSV row without a phone).
 */
public record CreatedBulkSend(
        BulkSendView bulkSend,
        long accepted,
        long duplicates,
        long optedOut,
        long rejectedCount,
        List<Rejected> rejected) {

    /** A row left out: its line (CSV) or position (API, from 1), what it said and why. */
    public record Rejected(long row, String value, String reason) {}
}
