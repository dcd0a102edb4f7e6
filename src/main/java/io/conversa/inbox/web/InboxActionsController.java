package io.conversa.inbox.web;

import io.conversa.core.DomainException;
import io.conversa.core.MessageResolver;
import io.conversa.identity.CurrentUser;
import io.conversa.identity.Workspaces;
import io.conversa.inbox.Change;
import io.conversa.inbox.ConversationUpdate;
import io.conversa.inbox.ConversationView;
import io.conversa.inbox.Inbox;
import io.conversa.inbox.SendRequest;
import io.conversa.receivables.CustomerInput;
import io.conversa.receivables.CustomerView;
import io.conversa.receivables.Customers;
import io.conversa.templates.TemplateView;
import io.conversa.templates.Templates;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * What an agent does from the inbox page: write (free text, a template, a note) and act on the conversation
 * (priority, tags, assignee, close or reopen, snooze, link or unlink a customer). Each answer tells the page to
 * redraw what changed ({@code HX-Trigger: conversa:changed}); a refused action answers 422 with the reason in words.
 */
@Controller
class InboxActionsController {

    static final String CHANGED = "conversa:changed";

    private final Inbox inbox;
    private final ConversationScreen screen;
    private final TemplateForm templateForm;
    private final Templates templates;
    private final Customers customers;
    private final MessageSource messages;
    private final Workspaces workspaces;

    InboxActionsController(
            Inbox inbox,
            ConversationScreen screen,
            TemplateForm templateForm,
            Templates templates,
            Customers customers,
            MessageSource messages,
            Workspaces workspaces) {
        this.workspaces = workspaces;
        this.inbox = inbox;
        this.screen = screen;
        this.templateForm = templateForm;
        this.templates = templates;
        this.customers = customers;
        this.messages = messages;
    }

    /** Free text inside the window; the thread comes back with the message pending. */
    @PostMapping("/conversations/{id}/messages")
    String sendText(CurrentUser me, @PathVariable UUID id, @RequestParam String text, Model model) {
        inbox.send(me.workspaceId(), id, SendRequest.text(text), me.userId(), null);
        return thread(me, id, model);
    }

    @PostMapping("/conversations/{id}/template")
    String sendTemplate(
            CurrentUser me,
            @PathVariable UUID id,
            @RequestParam UUID template,
            @RequestParam Map<String, String> values,
            Model model) {
        TemplateView chosen = templates.get(me.workspaceId(), template);
        inbox.send(
                me.workspaceId(),
                id,
                new SendRequest("template", null, null, null, templateForm.request(chosen, values)),
                me.userId(),
                null);
        return thread(me, id, model);
    }

    @PostMapping("/conversations/{id}/messages/{messageId}/retry")
    String retry(CurrentUser me, @PathVariable UUID id, @PathVariable UUID messageId, Model model) {
        inbox.retry(me.workspaceId(), messageId);
        return thread(me, id, model);
    }

    @PostMapping("/conversations/{id}/notes")
    String addNote(CurrentUser me, @PathVariable UUID id, @RequestParam String text, Model model) {
        inbox.addNote(me.workspaceId(), id, text, me.userId());
        return thread(me, id, model);
    }

    @PostMapping("/conversations/{id}/priority")
    ResponseEntity<Void> priority(CurrentUser me, @PathVariable UUID id, @RequestParam String priority) {
        return changed(me, id, ConversationUpdate.priority(priority));
    }

    @PostMapping("/conversations/{id}/status")
    ResponseEntity<Void> status(CurrentUser me, @PathVariable UUID id, @RequestParam String status) {
        return changed(me, id, ConversationUpdate.status(status));
    }

    /** {@code tags}: comma-separated, the whole new set. */
    @PostMapping("/conversations/{id}/tags")
    ResponseEntity<Void> tags(CurrentUser me, @PathVariable UUID id, @RequestParam(defaultValue = "") String tags) {
        List<String> list = Arrays.stream(tags.split(","))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .toList();
        return changed(me, id, ConversationUpdate.tags(list));
    }

    /** {@code assignee}: a user id, or empty for nobody. */
    @PostMapping("/conversations/{id}/assignee")
    ResponseEntity<Void> assignee(
            CurrentUser me, @PathVariable UUID id, @RequestParam(defaultValue = "") String assignee) {
        Change<UUID> change = assignee.isBlank() ? Change.clear() : Change.to(uuid("assignee", assignee));
        return changed(me, id, new ConversationUpdate(null, null, null, change, null, null));
    }

    /** {@code until}: a local date and time in the workspace's zone (a datetime-local input), or empty to end it. */
    @PostMapping("/conversations/{id}/snooze")
    ResponseEntity<Void> snooze(CurrentUser me, @PathVariable UUID id, @RequestParam(defaultValue = "") String until) {
        String zone = workspaces.get(me.workspaceId()).timeZone();
        Change<java.time.Instant> change = until.isBlank() ? Change.clear() : Change.to(instant(until, zone));
        return changed(me, id, new ConversationUpdate(null, null, null, null, null, change));
    }

    /** Links a customer; with {@code savePhone} the conversation's number is saved on the customer too. */
    @PostMapping("/conversations/{id}/link")
    ResponseEntity<Void> link(
            CurrentUser me,
            @PathVariable UUID id,
            @RequestParam UUID customer,
            @RequestParam(defaultValue = "false") boolean savePhone) {
        ConversationView conversation = inbox.conversation(me.workspaceId(), id);
        ResponseEntity<Void> answer = changed(me, id, ConversationUpdate.customer(customer));
        if (savePhone && conversation.waId() != null) {
            CustomerView linked = customers.get(me.workspaceId(), customer);
            customers.upsert(
                    me.workspaceId(),
                    new CustomerInput(
                            linked.externalRef(), linked.name(), null, "+" + conversation.waId(), null, null));
        }
        return answer;
    }

    @PostMapping("/conversations/{id}/unlink")
    ResponseEntity<Void> unlink(CurrentUser me, @PathVariable UUID id) {
        return changed(me, id, new ConversationUpdate(null, null, null, null, Change.clear(), null));
    }

    /** A refused action: 422 with the reason, shown where the page put the action's error slot. */
    @ExceptionHandler(DomainException.class)
    @ResponseBody
    ResponseEntity<String> refused(DomainException e, Locale locale) {
        MessageResolver resolver = (key, args, fallback) -> messages.getMessage(key, args, fallback, locale);
        HttpStatus status =
                e.kind() == DomainException.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_ENTITY;
        return ResponseEntity.status(status)
                .header("Content-Type", "text/plain;charset=UTF-8")
                .body(HtmlUtils.htmlEscape(resolver.describe(e)));
    }

    private String thread(CurrentUser me, UUID id, Model model) {
        screen.thread(me, id, model);
        return "inbox/conversation :: messages";
    }

    private ResponseEntity<Void> changed(CurrentUser me, UUID id, ConversationUpdate update) {
        inbox.update(me.workspaceId(), id, update, me.userId());
        return ResponseEntity.noContent().header("HX-Trigger", CHANGED).build();
    }

    private static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(field, "error.id", "Not an id: " + value);
        }
    }

    private static java.time.Instant instant(String localDateTime, String zone) {
        try {
            return LocalDateTime.parse(localDateTime).atZone(ZoneId.of(zone)).toInstant();
        } catch (java.time.DateTimeException e) {
            throw DomainException.invalid("until", "inbox.error.snooze", "Snooze until a future date and time");
        }
    }
}
