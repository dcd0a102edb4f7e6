package io.conversa.campaigns;

/**
 * Where a bulk send's recipients are. {@code sent} counts every message Meta accepted (so it includes the delivered
 * and read ones), {@code delivered} includes the read ones; {@code sending} were handed to the outbound queue and
 * wait for Meta's answer; {@code waiting} are queued outside their contact hours; {@code unknown} were being sent
 * when the app stopped and are flagged, never resent.
 */
public record BulkCounts(
        long total,
        long queued,
        long waiting,
        long sending,
        long sent,
        long delivered,
        long read,
        long replied,
        long failed,
        long unknown,
        long skipped,
        long cancelled) {

    /** A bulk send without recipients. */
    public static final BulkCounts NONE = new BulkCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Recipients with a final answer (or no send), for the progress bar. */
    public long done() {
        return sent + failed + unknown + skipped + cancelled;
    }

    public int percentDone() {
        return total == 0 ? 100 : (int) Math.min(100, done() * 100 / total);
    }
}
