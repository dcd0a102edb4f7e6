package io.conversa.insights.web;

import io.conversa.core.DomainException;
import io.conversa.identity.CurrentUser;
import io.conversa.insights.Insights;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Configuración → IA (admins only, like every settings page): the provider's key, model and base URL, the daily
 * token budget, the offline-only switch, and today's usage.
 */
@Controller
class AiSettingsController {

    private final Insights insights;

    AiSettingsController(Insights insights) {
        this.insights = insights;
    }

    @GetMapping("/settings/ai")
    String page(CurrentUser me, Model model) {
        model.addAttribute("ai", insights.settings(me.workspaceId()));
        model.addAttribute("usage", insights.usageToday(me.workspaceId()));
        return "settings/ai";
    }

    @PostMapping("/settings/ai")
    String save(
            CurrentUser me,
            @RequestParam(defaultValue = "false") boolean offlineOnly,
            @RequestParam(required = false) String apiKey,
            @RequestParam(defaultValue = "false") boolean removeKey,
            @RequestParam(required = false) String model,
            @RequestParam(required = false) String baseUrl,
            @RequestParam(required = false) String dailyTokenBudget,
            Model page,
            RedirectAttributes redirect) {
        try {
            insights.saveSettings(
                    me.workspaceId(), offlineOnly, apiKey, removeKey, model, baseUrl, budget(dailyTokenBudget));
            redirect.addFlashAttribute("flash", "ai.saved");
            return "redirect:/settings/ai";
        } catch (DomainException e) {
            page.addAttribute("formErrors", e.fieldProblems());
            return page(me, page);
        }
    }

    /** "Probar": the typed key, model and base URL (blank ones: those in force), before saving them. */
    @PostMapping("/settings/ai/test")
    String test(
            CurrentUser me,
            @RequestParam(required = false) String apiKey,
            @RequestParam(required = false) String model,
            @RequestParam(required = false) String baseUrl,
            Model page) {
        page.addAttribute("typedModel", model); // what was tried stays in the form (the key is never echoed)
        page.addAttribute("typedBaseUrl", baseUrl);
        try {
            page.addAttribute("check", insights.testConnection(me.workspaceId(), apiKey, model, baseUrl));
        } catch (DomainException e) {
            page.addAttribute("formErrors", e.fieldProblems());
        }
        return page(me, page);
    }

    private static Long budget(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(typed.strip().replace(".", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw DomainException.invalid("dailyTokenBudget", "ai.error.budget", "The budget must be a whole number");
        }
    }
}
