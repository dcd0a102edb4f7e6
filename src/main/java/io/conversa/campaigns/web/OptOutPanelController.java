package io.conversa.campaigns.web;

import io.conversa.campaigns.OptOuts;
import io.conversa.identity.CurrentUser;
import io.conversa.inbox.ConversationView;
import io.conversa.inbox.Inbox;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The customer panel's "Envíos masivos" part: whether the conversation's contact opted out of bulk sends, and the
 * agent's buttons to opt them out or undo it. Loaded into the inbox's panel by htmx, so the inbox does not depend on
 * this module.
 */
@Controller
class OptOutPanelController {

    private final OptOuts optOuts;
    private final Inbox inbox;

    OptOutPanelController(OptOuts optOuts, Inbox inbox) {
        this.optOuts = optOuts;
        this.inbox = inbox;
    }

    @GetMapping("/conversations/{id}/opt-out")
    String show(CurrentUser user, @PathVariable UUID id, Model model) {
        ConversationView conversation = inbox.conversation(user.workspaceId(), id);
        model.addAttribute("conversationId", id);
        model.addAttribute(
                "optOut",
                optOuts.find(user.workspaceId(), "+" + conversation.waId()).orElse(null));
        return "campaigns/opt-out-panel :: opt-out";
    }

    @PostMapping("/conversations/{id}/opt-out")
    String optOut(CurrentUser user, @PathVariable UUID id, Model model) {
        ConversationView conversation = inbox.conversation(user.workspaceId(), id);
        optOuts.optOut(user.workspaceId(), "+" + conversation.waId(), "agent", user.name(), user.userId());
        return show(user, id, model);
    }

    @PostMapping("/conversations/{id}/opt-out/undo")
    String undo(CurrentUser user, @PathVariable UUID id, Model model) {
        ConversationView conversation = inbox.conversation(user.workspaceId(), id);
        optOuts.undo(user.workspaceId(), "+" + conversation.waId());
        return show(user, id, model);
    }
}
