package io.conversa.insights.web;

import io.conversa.identity.CurrentUser;
import io.conversa.identity.Workspaces;
import io.conversa.inbox.ConversationUpdate;
import io.conversa.inbox.ConversationView;
import io.conversa.inbox.Inbox;
import io.conversa.insights.InsightView;
import io.conversa.insights.Insights;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The customer panel's "Resumen IA": the newest insight, the "Analizar" button and the one-click action its next action
 * suggests. Loaded into the inbox's panel by htmx, so the inbox does not depend on this module.
 */
@Controller
class InsightPanelController {

    private final Insights insights;
    private final Inbox inbox;
    private final Workspaces workspaces;

    InsightPanelController(Insights insights, Inbox inbox, Workspaces workspaces) {
        this.insights = insights;
        this.inbox = inbox;
        this.workspaces = workspaces;
    }

    @GetMapping("/conversations/{id}/insight")
    String show(CurrentUser user, @PathVariable UUID id, Model model) {
        ConversationView conversation = inbox.conversation(user.workspaceId(), id);
        InsightView insight = insights.latest(user.workspaceId(), id).orElse(null);
        model.addAttribute("conversationId", id);
        model.addAttribute("insight", insight);
        model.addAttribute("currency", workspaces.get(user.workspaceId()).currency());
        model.addAttribute("suggestsPriority", insight != null && SuggestedAction.raisePriority(insight, conversation));
        model.addAttribute(
                "suggestsPaymentLink", insight != null && SuggestedAction.sendPaymentLink(insight, conversation));
        return "insights/panel :: insight";
    }

    @PostMapping("/conversations/{id}/insight")
    String analyze(CurrentUser user, @PathVariable UUID id, Model model) {
        insights.analyze(user.workspaceId(), id);
        return show(user, id, model);
    }

    /** The one-click action for a dispute, a complaint or an angry customer: high priority. */
    @PostMapping("/conversations/{id}/insight/priority")
    String raisePriority(CurrentUser user, @PathVariable UUID id, Model model, HttpServletResponse response) {
        inbox.update(user.workspaceId(), id, ConversationUpdate.priority("high"), user.userId());
        response.setHeader("HX-Trigger", "conversa:changed");
        return show(user, id, model);
    }
}
