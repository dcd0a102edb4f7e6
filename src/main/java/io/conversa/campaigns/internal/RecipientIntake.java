package io.conversa.campaigns.internal;

import io.conversa.campaigns.CreatedBulkSend;
import io.conversa.core.E164;
import io.conversa.core.WorkspaceId;
import io.conversa.receivables.Customers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a bulk send's recipients as they come (from a list, a CSV or an audience query), in batches, so their
 * number never decides the memory used: each phone is read in the workspace's default country and written in
 * E.164; a number already in the bulk send is left out (sent once); an opted-out contact is kept as skipped; a row
 * that is no phone number is reported. Not thread-safe: one intake per bulk send being created.
 */
public class RecipientIntake {

    static final int BATCH = 1000;
    private static final int REPORTED_REJECTIONS = 100;

    private final UUID bulkSendId;
    private final WorkspaceId workspace;
    private final RecipientStore store;
    private final OptOutStore optOuts;
    private final Customers customers;
    private final Instant now;
    private final List<RecipientStore.NewRecipient> batch = new ArrayList<>();
    private final List<CreatedBulkSend.Rejected> rejected = new ArrayList<>();
    private long rejectedCount;
    private long offered;
    private long written;
    private long optedOut;
    private int seq;

    RecipientIntake(
            UUID bulkSendId,
            WorkspaceId workspace,
            RecipientStore store,
            OptOutStore optOuts,
            Customers customers,
            Instant now) {
        this.bulkSendId = bulkSendId;
        this.workspace = workspace;
        this.store = store;
        this.optOuts = optOuts;
        this.customers = customers;
        this.now = now;
    }

    /**
     * One recipient: {@code row} is its line or position for the report; {@code customerId} a customer who owed at
     * creation (the dispatcher skips it if it no longer does), or null; {@code parameters} its own (JSON) or null.
     */
    public void add(long row, String phone, UUID customerId, String parameters) {
        Optional<E164> number =
                phone == null || phone.isBlank() ? Optional.empty() : customers.normalizePhone(workspace, phone);
        if (number.isEmpty()) {
            reject(row, phone, phone == null || phone.isBlank() ? "missing phone" : "not a phone number");
            return;
        }
        offered++;
        batch.add(new RecipientStore.NewRecipient(seq++, number.get().value(), customerId, parameters, null));
        if (batch.size() == BATCH) {
            flush();
        }
    }

    public void reject(long row, String value, String reason) {
        rejectedCount++;
        if (rejected.size() < REPORTED_REJECTIONS) {
            rejected.add(new CreatedBulkSend.Rejected(row, value, reason));
        }
    }

    /** Writes what is left; answers the report (the bulk send view is filled by the caller). */
    public Report finish() {
        flush();
        return new Report(written, offered - written, optedOut, rejectedCount, List.copyOf(rejected));
    }

    /** What the intake kept and left out. */
    public record Report(
            long accepted,
            long duplicates,
            long optedOut,
            long rejectedCount,
            List<CreatedBulkSend.Rejected> rejected) {}

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        Set<String> out = optOuts.optedOut(
                workspace.value(),
                batch.stream().map(RecipientStore.NewRecipient::phone).toList());
        List<RecipientStore.NewRecipient> marked = batch.stream()
                .map(r -> out.contains(r.phone())
                        ? new RecipientStore.NewRecipient(
                                r.seq(), r.phone(), r.customerId(), r.parameters(), "opted_out")
                        : r)
                .toList();
        written += store.insert(bulkSendId, workspace.value(), marked, now);
        optedOut += out.size();
        batch.clear();
    }
}
