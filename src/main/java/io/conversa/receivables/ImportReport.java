package io.conversa.receivables;

import java.util.List;

/**
 * What a CSV import did: rows created, rows updated, and rows rejected (with their line in the file and why). A
 * rejected row wrote nothing.
 */
public record ImportReport(ImportKind kind, int created, int updated, List<RejectedRow> rejected) {

    /** A row left out: its line number in the file (the header is line 1) and the reason in words. */
    public record RejectedRow(long line, String reason) {}

    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    public int total() {
        return created + updated + rejected.size();
    }
}
