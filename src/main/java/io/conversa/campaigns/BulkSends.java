package io.conversa.campaigns;

import io.conversa.campaigns.internal.BulkIntake;
import io.conversa.campaigns.internal.BulkSendStore;
import io.conversa.campaigns.internal.ContactHours;
import io.conversa.campaigns.internal.ContactHoursPolicy;
import io.conversa.campaigns.internal.RecipientReports;
import io.conversa.campaigns.internal.RecipientStore;
import io.conversa.core.DomainException;
import io.conversa.core.WorkspaceId;
import io.conversa.inbox.TemplateRequest;
import io.conversa.receivables.AudienceMember;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk sends: create one (recipients written at once, sending starts at {@code sendAt}), follow it, pause, resume,
 * cancel, and retry the recipients that failed with a temporary error. Sending itself is the dispatcher's (a durable
 * task), at the number's messages-per-second.
 */
@Service
public class BulkSends {

    private static final List<String> ACTIVE = List.of("scheduled", "running", "paused");

    private final BulkSendStore sends;
    private final RecipientStore recipients;
    private final RecipientReports reports;
    private final BulkIntake intake;
    private final ContactHoursPolicy contactHours;
    private final Clock clock;

    BulkSends(
            BulkSendStore sends,
            RecipientStore recipients,
            RecipientReports reports,
            BulkIntake intake,
            ContactHoursPolicy contactHours,
            Clock clock) {
        this.sends = sends;
        this.recipients = recipients;
        this.reports = reports;
        this.intake = intake;
        this.contactHours = contactHours;
        this.clock = clock;
    }

    /** Creates a bulk send for a list of recipients or an audience; 422 when the template is not approved. */
    @Transactional
    public CreatedBulkSend create(WorkspaceId workspace, BulkSendRequest request, UUID createdBy) {
        return intake.create(workspace, request, createdBy);
    }

    /** Creates a bulk send for the recipients of a CSV file (a phone column and one column per variable). */
    @Transactional
    public CreatedBulkSend createFromCsv(
            WorkspaceId workspace,
            String name,
            TemplateRequest template,
            InputStream csv,
            Instant sendAt,
            UUID createdBy) {
        return intake.createFromCsv(workspace, name, template, csv, sendAt, createdBy);
    }

    /** How many customers with a phone the audience chooses now (opted-out ones included; they are skipped). */
    @Transactional(readOnly = true)
    public long audienceSize(WorkspaceId workspace, Audience audience) {
        return intake.audienceSize(workspace, audience);
    }

    /** The first customers the audience chooses, for a preview of their messages. */
    @Transactional(readOnly = true)
    public List<AudienceMember> firstOf(WorkspaceId workspace, Audience audience, int limit) {
        return intake.firstOf(workspace, audience, limit);
    }

    public BulkSendView get(WorkspaceId workspace, UUID id) {
        return sends.find(workspace.value(), id).orElseThrow(() -> DomainException.notFound("Bulk send", id));
    }

    /** The newest bulk sends first. */
    public List<BulkSendView> list(WorkspaceId workspace, int limit) {
        return sends.list(workspace.value(), limit);
    }

    /** Stops handing recipients over; the few already handed (a few seconds' worth) still go out. */
    @Transactional
    public BulkSendView pause(WorkspaceId workspace, UUID id) {
        return move(workspace, id, List.of("scheduled", "running"), "paused");
    }

    /** A paused bulk send goes on where it stopped (or waits for its time if it had not started). */
    @Transactional
    public BulkSendView resume(WorkspaceId workspace, UUID id) {
        return move(workspace, id, List.of("paused"), "scheduled");
    }

    /** Cancels every recipient not handed yet; nothing more is sent. */
    @Transactional
    public BulkSendView cancel(WorkspaceId workspace, UUID id) {
        BulkSendView cancelled = move(workspace, id, ACTIVE, "cancelled");
        recipients.cancelQueued(id, Instant.now(clock));
        return get(workspace, cancelled.id());
    }

    /**
     * Recipients that failed with a temporary error go back to the queue (and the bulk send runs again); those that
     * failed for good are never retried. Answers how many.
     */
    @Transactional
    public int retryFailed(WorkspaceId workspace, UUID id) {
        BulkSendView send = get(workspace, id);
        if ("cancelled".equals(send.status())) {
            throw DomainException.conflict("bulk.error.cancelled", "The bulk send was cancelled");
        }
        int requeued = recipients.requeueRetryable(id, Instant.now(clock));
        if (requeued > 0 && "completed".equals(send.status())) {
            sends.move(workspace.value(), id, List.of("completed"), "scheduled", Instant.now(clock));
        }
        return requeued;
    }

    /** A page of recipients in order after {@code afterSeq} (-1: from the first), optionally one kind only. */
    public List<BulkRecipientView> recipients(WorkspaceId workspace, UUID id, String filter, int afterSeq, int limit) {
        get(workspace, id);
        try {
            return reports.page(id, filter, afterSeq, limit);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("filter", "bulk.error.filter", e.getMessage());
        }
    }

    /** Every recipient in order, for an export. */
    public void forEachRecipient(WorkspaceId workspace, UUID id, Consumer<BulkRecipientView> each) {
        get(workspace, id);
        reports.forEach(id, each);
    }

    /** Sends and replies over time, for the progress chart. */
    public List<BulkProgressPoint> progress(WorkspaceId workspace, UUID id) {
        get(workspace, id);
        return reports.progress(id);
    }

    /** Why recipients failed or were skipped, with how many each, most frequent first. */
    public Map<String, Long> failureReasons(WorkspaceId workspace, UUID id) {
        get(workspace, id);
        return reports.failureReasons(id);
    }

    /** When bulk messages may reach a recipient (in its own time zone), as a spec such as the default. */
    public String contactHours(WorkspaceId workspace) {
        return contactHours.of(workspace.value()).toString();
    }

    /** Sets the workspace's contact hours; 422 naming the bad part when the spec cannot be read. */
    @Transactional
    public String setContactHours(WorkspaceId workspace, String spec) {
        ContactHours hours;
        try {
            hours = ContactHours.parse(spec == null ? "" : spec);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("contactHours", "bulk.error.contactHours", e.getMessage(), e.getMessage());
        }
        contactHours.save(workspace.value(), hours);
        return hours.toString();
    }

    private BulkSendView move(WorkspaceId workspace, UUID id, List<String> from, String to) {
        BulkSendView send = get(workspace, id);
        if (!sends.move(workspace.value(), id, from, to, Instant.now(clock))) {
            throw DomainException.conflict(
                    "bulk.error.status", "The bulk send is " + send.status() + ": it cannot be " + to, send.status());
        }
        return get(workspace, id);
    }
}
