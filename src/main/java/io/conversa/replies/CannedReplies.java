package io.conversa.replies;

import io.conversa.core.DomainException;
import io.conversa.core.FieldProblem;
import io.conversa.core.WorkspaceId;
import io.conversa.replies.internal.CannedReply;
import io.conversa.replies.internal.CannedReplyRepository;
import io.conversa.replies.internal.CannedReplyRules;
import io.conversa.replies.internal.ReplySearch;
import io.conversa.replies.internal.ReplyText;
import io.conversa.replies.internal.ReplyValues;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workspace's canned replies: any of its users lists, creates, changes and deletes them, and expands one for a
 * conversation (its variables filled from the customer, the agent and the workspace).
 */
@Service
public class CannedReplies {

    private final CannedReplyRepository repository;
    private final ReplyValues values;
    private final CannedReplyRules rules = new CannedReplyRules();
    private final Clock clock;

    CannedReplies(CannedReplyRepository repository, ReplyValues values, Clock clock) {
        this.repository = repository;
        this.values = values;
        this.clock = clock;
    }

    /**
     * The workspace's replies by shortcut; with a query (what follows the {@code /} in the composer), those whose
     * shortcut starts with it first, then those whose title has its words. Blank or null: all of them.
     */
    public List<CannedReplyView> list(WorkspaceId workspace, String query) {
        List<CannedReply> all = repository.findByWorkspaceIdOrderByShortcutAsc(workspace.value());
        return ReplySearch.of(query).filter(all).stream().map(CannedReply::view).toList();
    }

    public CannedReplyView get(WorkspaceId workspace, UUID id) {
        return load(workspace, id).view();
    }

    /** {@code createdBy}: the user who creates it, null for an API integration. */
    @Transactional
    public CannedReplyView create(WorkspaceId workspace, UUID createdBy, CannedReplyInput input) {
        CannedReplyInput clean = checked(workspace, input, null);
        return save(CannedReply.create(workspace.value(), createdBy, clean, now()));
    }

    @Transactional
    public CannedReplyView update(WorkspaceId workspace, UUID id, CannedReplyInput input) {
        CannedReply reply = load(workspace, id);
        CannedReplyInput clean = checked(workspace, input, id);
        return save(reply.edit(clean, now()));
    }

    @Transactional
    public void delete(WorkspaceId workspace, UUID id) {
        repository.delete(load(workspace, id));
    }

    /**
     * The reply's text for this conversation. A variable without data (no linked customer, say) becomes a safe
     * fallback ("cliente") and is named in {@link ExpandedReply#missing()} so the composer can warn.
     */
    public ExpandedReply expand(WorkspaceId workspace, UUID id, ReplyContext context) {
        String text = load(workspace, id).text();
        return ReplyText.expand(text, values.of(workspace, context, ReplyText.variables(text)));
    }

    /** Now, to the microsecond the database keeps, so what a change returns equals what a later read gives. */
    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private CannedReply load(WorkspaceId workspace, UUID id) {
        return repository
                .findByIdAndWorkspaceId(id, workspace.value())
                .orElseThrow(() -> DomainException.notFound("Canned reply", id));
    }

    /**
     * The input normalized, or every problem with it at once: 400, or 409 when the only problem is a shortcut
     * another reply of the workspace already has.
     */
    private CannedReplyInput checked(WorkspaceId workspace, CannedReplyInput input, UUID replyId) {
        CannedReplyInput clean = rules.normalize(input);
        List<FieldProblem> problems = new ArrayList<>(rules.check(clean));
        boolean taken = repository
                .findByWorkspaceIdAndShortcut(workspace.value(), clean.shortcut())
                .filter(other -> !other.id().equals(replyId))
                .isPresent();
        if (taken && problems.isEmpty()) {
            throw shortcutTaken(clean.shortcut());
        }
        if (taken) {
            problems.add(0, takenProblem(clean.shortcut()));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return clean;
    }

    /** Saves; two people taking the same shortcut at once get the same answer as one after the other. */
    private CannedReplyView save(CannedReply reply) {
        try {
            return repository.save(reply).view();
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof DuplicateKeyException) {
                throw shortcutTaken(reply.shortcut());
            }
            throw e;
        }
    }

    private static DomainException shortcutTaken(String shortcut) {
        FieldProblem problem = takenProblem(shortcut);
        return new DomainException(
                DomainException.Kind.CONFLICT,
                problem.messageKey(),
                problem.message(),
                problem.arguments(),
                List.of(problem));
    }

    private static FieldProblem takenProblem(String shortcut) {
        return new FieldProblem(
                "shortcut",
                "replies.error.shortcutTaken",
                "The shortcut /" + shortcut + " is already in use",
                List.of(shortcut));
    }
}
