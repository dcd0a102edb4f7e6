package io.conversa.replies.web;

import io.conversa.core.DomainException;
import io.conversa.core.FieldProblem;
import io.conversa.identity.CurrentUser;
import io.conversa.replies.CannedReplies;
import io.conversa.replies.CannedReplyInput;
import io.conversa.replies.CannedReplyView;
import io.conversa.replies.ReplyVariable;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Configuración → Respuestas rápidas: list, create, edit and delete the workspace's canned replies. Any signed-in
 * user of the workspace manages them (they are the agents' own tool), hence outside the admins' {@code /settings}.
 */
@Controller
class CannedRepliesController {

    /** The form of a reply, as an HTML form posts it. */
    record CannedReplyForm(String shortcut, String title, String text) {

        static CannedReplyForm empty() {
            return new CannedReplyForm("", "", "");
        }

        static CannedReplyForm of(CannedReplyView reply) {
            return new CannedReplyForm(reply.shortcut(), reply.title(), reply.text());
        }

        CannedReplyInput input() {
            return new CannedReplyInput(shortcut, title, text);
        }
    }

    private final CannedReplies replies;

    CannedRepliesController(CannedReplies replies) {
        this.replies = replies;
    }

    @GetMapping("/canned-replies")
    String list(CurrentUser me, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CannedReplyForm.empty());
        }
        model.addAttribute("replies", replies.list(me.workspaceId(), null));
        model.addAttribute("variables", ReplyVariable.values());
        return "replies/canned-replies";
    }

    @PostMapping("/canned-replies")
    String create(
            CurrentUser me,
            @ModelAttribute("form") CannedReplyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        try {
            replies.create(me.workspaceId(), me.userId(), form.input());
        } catch (DomainException e) {
            rejectFields(e, errors);
            return list(me, model);
        }
        redirect.addFlashAttribute("flash", "replies.created");
        return "redirect:/canned-replies";
    }

    @GetMapping("/canned-replies/{id}/edit")
    String edit(CurrentUser me, @PathVariable UUID id, Model model) {
        CannedReplyView reply = replies.get(me.workspaceId(), id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CannedReplyForm.of(reply));
        }
        model.addAttribute("reply", reply);
        model.addAttribute("variables", ReplyVariable.values());
        return "replies/edit";
    }

    @PostMapping("/canned-replies/{id}")
    String update(
            CurrentUser me,
            @PathVariable UUID id,
            @ModelAttribute("form") CannedReplyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        try {
            replies.update(me.workspaceId(), id, form.input());
        } catch (DomainException e) {
            rejectFields(e, errors);
            return edit(me, id, model);
        }
        redirect.addFlashAttribute("flash", "replies.updated");
        return "redirect:/canned-replies";
    }

    @PostMapping("/canned-replies/{id}/delete")
    String delete(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
        replies.delete(me.workspaceId(), id);
        redirect.addFlashAttribute("flash", "replies.deleted");
        return "redirect:/canned-replies";
    }

    /** Shows the problems next to their fields; a problem that is not about a field (not found) goes on up. */
    private static void rejectFields(DomainException e, BindingResult errors) {
        if (e.fieldProblems().isEmpty()) {
            throw e;
        }
        for (FieldProblem problem : e.fieldProblems()) {
            errors.rejectValue(
                    problem.field(), problem.messageKey(), problem.arguments().toArray(), problem.message());
        }
    }
}
