package io.conversa.inbox.web;

import io.conversa.identity.CurrentUser;
import io.conversa.inbox.ConversationFilter;
import io.conversa.inbox.ConversationPage;
import io.conversa.inbox.ConversationView;
import io.conversa.inbox.Inbox;
import io.conversa.receivables.Customers;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Conversaciones: the list (tabs, filters, search, endless scroll), the open conversation and the customer panel.
 * {@code /conversations/{id}} is a conversation's shareable link; the page's parts are also served as fragments,
 * which the page swaps in place when something changes.
 */
@Controller
class InboxPageController {

    static final int PAGE_SIZE = 40;

    private final Inbox inbox;
    private final ConversationScreen screen;
    private final Customers customers;

    InboxPageController(Inbox inbox, ConversationScreen screen, Customers customers) {
        this.inbox = inbox;
        this.screen = screen;
        this.customers = customers;
    }

    @GetMapping("/conversations")
    String page(CurrentUser me, @ModelAttribute("query") InboxQuery query, Model model) {
        list(me, query, null, model);
        return "inbox/page";
    }

    @GetMapping("/conversations/{id}")
    String open(
            CurrentUser me,
            @PathVariable UUID id,
            @ModelAttribute("query") InboxQuery query,
            Model model,
            Locale locale) {
        conversation(me, id, model, locale);
        list(me, query, null, model);
        return "inbox/page";
    }

    /** The list pane (tabs with counts and the first page), or with a cursor only the next rows. */
    @GetMapping("/conversations/list")
    String listFragment(
            CurrentUser me,
            @ModelAttribute("query") InboxQuery query,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) UUID selected,
            Model model) {
        model.addAttribute("selectedId", selected);
        list(me, query, cursor, model);
        return cursor == null ? "inbox/list :: pane" : "inbox/list :: rows";
    }

    /** The conversation and panel panes of one conversation; opening it marks it read. */
    @GetMapping("/conversations/{id}/view")
    String conversationFragment(
            CurrentUser me,
            @PathVariable UUID id,
            @ModelAttribute("query") InboxQuery query,
            Model model,
            Locale locale) {
        conversation(me, id, model, locale);
        return "inbox/conversation :: panes";
    }

    /** Only the thread (after a new message or a status), keeping whatever the agent is typing. */
    @GetMapping("/conversations/{id}/thread")
    String threadFragment(CurrentUser me, @PathVariable UUID id, Model model) {
        screen.thread(me, id, model);
        return "inbox/conversation :: messages";
    }

    @GetMapping("/conversations/{id}/panel")
    String panelFragment(CurrentUser me, @PathVariable UUID id, Model model) {
        screen.panel(me, inbox.conversation(me.workspaceId(), id), model);
        return "inbox/panel :: panel";
    }

    /** The template picker of the composer, for the chosen template and the values typed so far. */
    @GetMapping("/conversations/{id}/template-picker")
    String templatePicker(
            CurrentUser me,
            @PathVariable UUID id,
            @RequestParam(required = false) UUID template,
            @RequestParam Map<String, String> values,
            Model model,
            Locale locale) {
        ConversationView conversation = inbox.conversation(me.workspaceId(), id);
        model.addAttribute("conversation", conversation);
        screen.templatePicker(me, conversation, template, values, model, locale);
        return "inbox/composer :: template-picker";
    }

    /** Customers matching a search, to link the conversation to one. */
    @GetMapping("/conversations/{id}/link-search")
    String linkSearch(CurrentUser me, @PathVariable UUID id, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("conversation", inbox.conversation(me.workspaceId(), id));
        CustomerMatches.addTo(model, customers, me.workspaceId(), q);
        return "inbox/panel :: link-results";
    }

    /** A customer's conversations, for the customer's profile. */
    @GetMapping("/customers/{id}/conversations")
    String customerConversations(CurrentUser me, @PathVariable UUID id, Model model) {
        customers.get(me.workspaceId(), id);
        var filter = new ConversationFilter("all", null, null, false, null, null, null, null, id);
        ConversationPage page = inbox.conversations(me.workspaceId(), filter, null, 20);
        model.addAttribute("page", page);
        model.addAttribute("customerNames", customerNames(me, page.items()));
        return "inbox/customer-conversations :: list";
    }

    private void conversation(CurrentUser me, UUID id, Model model, Locale locale) {
        inbox.markRead(me.workspaceId(), id);
        ConversationView conversation = screen.thread(me, id, model);
        screen.panel(me, conversation, model);
        if (Boolean.FALSE.equals(model.getAttribute("windowOpen"))) {
            screen.templatePicker(me, conversation, null, Map.of(), model, locale);
        }
        model.addAttribute("selectedId", id);
    }

    /** Linked conversations show their customer's name rather than the WhatsApp profile name. */
    private Map<UUID, String> customerNames(CurrentUser me, java.util.List<ConversationView> conversations) {
        return customers.names(
                me.workspaceId(),
                conversations.stream()
                        .map(ConversationView::customerId)
                        .filter(java.util.Objects::nonNull)
                        .collect(java.util.stream.Collectors.toSet()));
    }

    private void list(CurrentUser me, InboxQuery query, String cursor, Model model) {
        ConversationFilter filter = query.filter(me);
        ConversationPage page = inbox.conversations(me.workspaceId(), filter, cursor, PAGE_SIZE);
        model.addAttribute("page", page);
        model.addAttribute("customerNames", customerNames(me, page.items()));
        if (cursor == null) {
            model.addAttribute("counts", inbox.tabCounts(me.workspaceId(), filter));
            model.addAttribute("tagSuggestions", inbox.tagSuggestions(me.workspaceId()));
        }
        model.addAttribute("userNames", screen.userNames(me));
    }
}
