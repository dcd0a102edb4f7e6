package io.conversa.inbox.web;

import io.conversa.core.DomainException;
import io.conversa.identity.CurrentUser;
import io.conversa.identity.UserView;
import io.conversa.identity.Users;
import io.conversa.identity.Workspaces;
import io.conversa.inbox.ConversationView;
import io.conversa.inbox.Inbox;
import io.conversa.receivables.Customers;
import io.conversa.templates.TemplateView;
import io.conversa.templates.Templates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything an open conversation shows: the thread, the composer (free text inside the 24-hour window, the
 * template picker outside it) and the customer panel with the balance and overdue invoices.
 */
@Component
class ConversationScreen {

    static final int THREAD_SIZE = 150;

    private final Inbox inbox;
    private final Customers customers;
    private final Templates templates;
    private final Users users;
    private final TemplateForm templateForm;
    private final Workspaces workspaces;
    private final JsonMapper json;
    private final Clock clock;

    ConversationScreen(
            Inbox inbox,
            Customers customers,
            Templates templates,
            Users users,
            TemplateForm templateForm,
            Workspaces workspaces,
            JsonMapper json,
            Clock clock) {
        this.workspaces = workspaces;
        this.json = json;
        this.inbox = inbox;
        this.customers = customers;
        this.templates = templates;
        this.users = users;
        this.templateForm = templateForm;
        this.clock = clock;
    }

    /** The thread and composer of a conversation. */
    ConversationView thread(CurrentUser me, UUID id, Model model) {
        ConversationView conversation = inbox.conversation(me.workspaceId(), id);
        Instant now = Instant.now(clock);
        model.addAttribute("conversation", conversation);
        ZoneId zone = ZoneId.of(workspaces.get(me.workspaceId()).timeZone());
        model.addAttribute(
                "items", ThreadItems.of(inbox.recentMessages(me.workspaceId(), id, null, THREAD_SIZE), zone, json));
        model.addAttribute("windowOpen", conversation.windowOpen(now));
        model.addAttribute("windowLeft", windowLeft(conversation, now));
        model.addAttribute("users", userNames(me));
        model.addAttribute("customerName", customerName(me, conversation));
        return conversation;
    }

    /** The composer's template picker: approved templates, the chosen one's fields pre-filled and its preview. */
    void templatePicker(
            CurrentUser me,
            ConversationView conversation,
            UUID templateId,
            Map<String, String> values,
            Model model,
            Locale locale) {
        List<TemplateView> approved = templates.list(me.workspaceId(), "APPROVED", null, null).stream()
                .filter(t -> t.channelId().equals(conversation.channelId()))
                .toList();
        templateForm.pick(model, me.workspaceId(), approved, templateId, values, conversation.customerId(), locale);
    }

    /** The customer panel: the linked customer's data and account, or the search to link one. */
    void panel(CurrentUser me, ConversationView conversation, Model model) {
        model.addAttribute("conversation", conversation);
        model.addAttribute("users", userNames(me));
        model.addAttribute(
                "activeUsers",
                users.list(me.workspaceId()).stream().filter(UserView::active).toList());
        model.addAttribute("tagSuggestions", inbox.tagSuggestions(me.workspaceId()));
        if (conversation.customerId() != null) {
            try {
                model.addAttribute("customer", customers.get(me.workspaceId(), conversation.customerId()));
                model.addAttribute("summary", customers.summary(me.workspaceId(), conversation.customerId()));
            } catch (DomainException e) {
                model.addAttribute("customerMissing", true); // deleted since it was linked
            }
        }
    }

    Map<UUID, String> userNames(CurrentUser me) {
        return users.list(me.workspaceId()).stream().collect(Collectors.toMap(UserView::id, UserView::name));
    }

    private String customerName(CurrentUser me, ConversationView conversation) {
        if (conversation.customerId() == null) {
            return null;
        }
        try {
            return customers.get(me.workspaceId(), conversation.customerId()).name();
        } catch (DomainException e) {
            return null;
        }
    }

    /** "5 h 12 min" left in the window, or null when it is closed. */
    private static Duration windowLeft(ConversationView conversation, Instant now) {
        return conversation.windowOpen(now) ? Duration.between(now, conversation.windowExpiresAt()) : null;
    }
}
