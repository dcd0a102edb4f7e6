package io.conversa.templates.web;

import io.conversa.core.DomainException;
import io.conversa.identity.CurrentUser;
import io.conversa.settings.Channels;
import io.conversa.templates.TemplateDraft;
import io.conversa.templates.TemplateView;
import io.conversa.templates.Templates;
import io.conversa.templates.internal.TemplateStructure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Configuración → Plantillas (admins): the catalog with filters, a preview, creation, deletion and sync. */
@Controller
class TemplatesController {

    /** The creation form, flat as an HTML form posts it. */
    record TemplateForm(
            String name,
            String category,
            String language,
            String parameterFormat,
            String headerFormat,
            String headerText,
            String headerExample,
            String body,
            String bodyExamples,
            String footer,
            List<String> buttonType,
            List<String> buttonText,
            List<String> buttonUrl,
            List<String> buttonExample,
            List<String> buttonPhone) {

        static TemplateForm empty() {
            return new TemplateForm(
                    "",
                    "UTILITY",
                    "es",
                    "POSITIONAL",
                    "NONE",
                    "",
                    "",
                    "",
                    "",
                    "",
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of());
        }

        TemplateDraft draft() {
            TemplateDraft.Header header = headerFormat == null || "NONE".equals(headerFormat)
                    ? null
                    : new TemplateDraft.Header(headerFormat, blank(headerText), blank(headerExample), null);
            List<String> examples = bodyExamples == null || bodyExamples.isBlank()
                    ? List.of()
                    : Arrays.stream(bodyExamples.split("\\r?\\n|\\|"))
                            .map(String::trim)
                            .filter(e -> !e.isEmpty())
                            .toList();
            return new TemplateDraft(
                    trim(name),
                    category,
                    trim(language),
                    parameterFormat,
                    header,
                    body,
                    examples,
                    blank(footer),
                    buttons());
        }

        private List<TemplateDraft.Button> buttons() {
            List<TemplateDraft.Button> buttons = new ArrayList<>();
            for (int i = 0; buttonType != null && i < buttonType.size(); i++) {
                if (buttonType.get(i) == null || buttonType.get(i).isBlank()) {
                    continue;
                }
                buttons.add(new TemplateDraft.Button(
                        buttonType.get(i),
                        at(buttonText, i),
                        at(buttonUrl, i),
                        at(buttonExample, i),
                        at(buttonPhone, i)));
            }
            return buttons;
        }

        private static String at(List<String> values, int i) {
            return values == null || i >= values.size() ? null : blank(values.get(i));
        }

        private static String blank(String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }

        private static String trim(String value) {
            return value == null ? null : value.trim();
        }
    }

    private final Templates templates;
    private final Channels channels;

    TemplatesController(Templates templates, Channels channels) {
        this.templates = templates;
        this.channels = channels;
    }

    @GetMapping("/settings/templates")
    String list(
            CurrentUser me,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) UUID selected,
            Model model) {
        List<TemplateView> all = templates.list(me.workspaceId(), status, category, language);
        model.addAttribute("templates", all);
        // While Meta reviews a template the list refreshes itself, so its approval shows up without a reload.
        model.addAttribute("pendingReview", all.stream().anyMatch(t -> "PENDING".equals(t.status())));
        model.addAttribute("status", status);
        model.addAttribute("category", category);
        model.addAttribute("language", language);
        model.addAttribute("lastSync", templates.lastSync(me.workspaceId()).orElse(null));
        TemplateView shown =
                selected == null ? (all.isEmpty() ? null : all.get(0)) : templates.get(me.workspaceId(), selected);
        model.addAttribute("selected", shown);
        model.addAttribute(
                "preview",
                shown == null ? null : TemplateStructure.parse(shown.componentsJson(), shown.parameterFormat()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TemplateForm.empty());
        }
        return "settings/templates";
    }

    @PostMapping("/settings/templates/sync")
    String sync(CurrentUser me, RedirectAttributes redirect) {
        Templates.SyncResult result = templates.sync(me.workspaceId());
        if (result.errors().isEmpty()) {
            redirect.addFlashAttribute("flash", "templates.synced");
        } else {
            redirect.addFlashAttribute("syncErrors", result.errors());
        }
        return "redirect:/settings/templates";
    }

    @PostMapping("/settings/templates")
    String create(CurrentUser me, TemplateForm form, Model model, RedirectAttributes redirect) {
        try {
            UUID channel = channels.primary(me.workspaceId())
                    .orElseThrow(() -> new DomainException(
                            DomainException.Kind.UNPROCESSABLE,
                            "inbox.error.noChannel",
                            "Connect a WhatsApp number first",
                            List.of()))
                    .id();
            TemplateView created = templates.create(me.workspaceId(), channel, form.draft());
            redirect.addFlashAttribute("flash", "templates.created");
            return "redirect:/settings/templates?selected=" + created.id();
        } catch (DomainException e) {
            model.addAttribute("form", form);
            model.addAttribute("formProblems", e.fieldProblems());
            model.addAttribute("formError", e.fieldProblems().isEmpty() ? e : null);
            return list(me, null, null, null, null, model);
        }
    }

    @PostMapping("/settings/templates/{id}/delete")
    String delete(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
        templates.delete(me.workspaceId(), id);
        redirect.addFlashAttribute("flash", "templates.deleted");
        return "redirect:/settings/templates";
    }
}
