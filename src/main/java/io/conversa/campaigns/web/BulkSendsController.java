package io.conversa.campaigns.web;

import io.conversa.campaigns.BulkRecipientView;
import io.conversa.campaigns.BulkSendRequest;
import io.conversa.campaigns.BulkSends;
import io.conversa.campaigns.CreatedBulkSend;
import io.conversa.core.DomainException;
import io.conversa.identity.CurrentUser;
import io.conversa.identity.Workspaces;
import io.conversa.inbox.TemplateRequest;
import io.conversa.templates.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Page Envíos masivos: the list, the form of a new bulk send (with the audience's live count and a preview of the
 * first messages), the contact hours, one bulk send's live results, and its actions.
 */
@Controller
class BulkSendsController {

    private static final int RECIPIENTS_PAGE = 100;

    private final BulkSends bulkSends;
    private final Templates templates;
    private final BulkSendForms forms;
    private final Workspaces workspaces;
    private final ProblemWords words;

    BulkSendsController(
            BulkSends bulkSends, Templates templates, BulkSendForms forms, Workspaces workspaces, ProblemWords words) {
        this.bulkSends = bulkSends;
        this.templates = templates;
        this.forms = forms;
        this.workspaces = workspaces;
        this.words = words;
    }

    @GetMapping("/bulk-sends")
    String list(CurrentUser user, Model model) {
        model.addAttribute("sends", bulkSends.list(user.workspaceId(), 100));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", BulkSendForm.empty());
        }
        model.addAttribute("templates", templates.list(user.workspaceId(), "APPROVED", null, null));
        model.addAttribute("contactHours", bulkSends.contactHours(user.workspaceId()));
        model.addAttribute("admin", user.isAdmin());
        return "campaigns/bulk-sends";
    }

    /** The live count of the audience the form's filters choose. */
    @GetMapping("/bulk-sends/audience-count")
    String audienceCount(CurrentUser user, @ModelAttribute("form") BulkSendForm form, Model model) {
        model.addAttribute("count", bulkSends.audienceSize(user.workspaceId(), form.audience()));
        return "campaigns/bulk-sends :: audience-count";
    }

    /** The messages the first recipients of the form's audience would read. */
    @GetMapping("/bulk-sends/preview")
    String preview(CurrentUser user, @ModelAttribute("form") BulkSendForm form, Model model) {
        try {
            model.addAttribute("previews", forms.preview(user.workspaceId(), form, 3));
        } catch (DomainException e) {
            model.addAttribute("previewError", words.describe(e));
        }
        return "campaigns/bulk-sends :: preview";
    }

    /** The workspace's contact hours (admins only: the security configuration guards the path). */
    @PostMapping("/bulk-sends/contact-hours")
    String contactHours(CurrentUser user, @RequestParam String contactHours, RedirectAttributes redirect) {
        try {
            bulkSends.setContactHours(user.workspaceId(), contactHours);
            redirect.addFlashAttribute("flash", "bulk.flash.hours");
        } catch (DomainException e) {
            redirect.addFlashAttribute("hoursError", words.describe(e));
            redirect.addFlashAttribute("hoursTyped", contactHours);
        }
        return "redirect:/bulk-sends#contact-hours";
    }

    @PostMapping("/bulk-sends")
    String create(
            CurrentUser user,
            @ModelAttribute("form") BulkSendForm form,
            @RequestParam(name = "csv", required = false) MultipartFile csv,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            CreatedBulkSend created = create(user, form, csv);
            redirect.addFlashAttribute("created", created);
            return "redirect:/bulk-sends/" + created.bulkSend().id();
        } catch (DomainException e) {
            model.addAttribute("formError", words.describe(e));
        } catch (DateTimeParseException e) {
            model.addAttribute("formError", e.getMessage());
        }
        return list(user, model);
    }

    @GetMapping("/bulk-sends/{id}")
    String show(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String filter,
            @RequestParam(defaultValue = "-1") int after,
            Model model) {
        detail(user, id, filter, after, model);
        return "campaigns/bulk-send";
    }

    /** The part of the page that redraws itself every few seconds while the bulk send runs. */
    @GetMapping("/bulk-sends/{id}/results")
    String results(
            CurrentUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String filter,
            @RequestParam(defaultValue = "-1") int after,
            Model model) {
        detail(user, id, filter, after, model);
        return "campaigns/bulk-send :: results";
    }

    @PostMapping("/bulk-sends/{id}/{action:pause|resume|cancel|retry-failed}")
    String act(CurrentUser user, @PathVariable UUID id, @PathVariable String action, RedirectAttributes redirect) {
        switch (action) {
            case "pause" -> bulkSends.pause(user.workspaceId(), id);
            case "resume" -> bulkSends.resume(user.workspaceId(), id);
            case "cancel" -> bulkSends.cancel(user.workspaceId(), id);
            default -> bulkSends.retryFailed(user.workspaceId(), id);
        }
        redirect.addFlashAttribute("flash", "bulk.flash." + action);
        return "redirect:/bulk-sends/" + id;
    }

    private CreatedBulkSend create(CurrentUser user, BulkSendForm form, MultipartFile csv) throws IOException {
        Instant sendAt = form.sendAt() == null || form.sendAt().isBlank()
                ? null
                : LocalDateTime.parse(form.sendAt())
                        .atZone(workspaces.get(user.workspaceId()).zone())
                        .toInstant();
        TemplateRequest template = forms.template(user.workspaceId(), form);
        if (!"csv".equals(form.source())) {
            return bulkSends.create(
                    user.workspaceId(),
                    new BulkSendRequest(form.name(), template, null, form.audience(), sendAt),
                    user.userId());
        }
        if (csv == null || csv.isEmpty()) {
            throw DomainException.invalid("csv", "bulk.error.csvMissing", "Choose a CSV file");
        }
        try (InputStream input = csv.getInputStream()) {
            return bulkSends.createFromCsv(user.workspaceId(), form.name(), template, input, sendAt, user.userId());
        }
    }

    /** The results, with a page of 100 recipients after {@code after} (-1: the first page). */
    private void detail(CurrentUser user, UUID id, String filter, int after, Model model) {
        model.addAttribute("send", bulkSends.get(user.workspaceId(), id));
        model.addAttribute("filter", filter == null ? "" : filter);
        model.addAttribute("after", after);
        List<BulkRecipientView> page = bulkSends.recipients(user.workspaceId(), id, filter, after, RECIPIENTS_PAGE);
        model.addAttribute("recipients", page);
        model.addAttribute(
                "nextAfter",
                page.size() == RECIPIENTS_PAGE ? page.get(page.size() - 1).seq() : null);
        model.addAttribute("reasons", bulkSends.failureReasons(user.workspaceId(), id));
        model.addAttribute("chart", ProgressChart.of(bulkSends.progress(user.workspaceId(), id)));
    }
}
