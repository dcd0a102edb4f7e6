package io.conversa.identity.web;

import io.conversa.core.DomainException;
import io.conversa.identity.ApiTokens;
import io.conversa.identity.CurrentUser;
import io.conversa.identity.IssuedApiToken;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Configuración → API tokens (admins only): create a token (its secret shown once) and revoke tokens. */
@Controller
class ApiTokensController {

    private final ApiTokens tokens;

    ApiTokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/settings/api-tokens")
    String list(CurrentUser me, Model model) {
        model.addAttribute("tokens", tokens.list(me.workspaceId()));
        return "settings/api-tokens";
    }

    @PostMapping("/settings/api-tokens")
    String create(
            CurrentUser me, @RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect) {
        if (name.isBlank() || name.length() > 100) {
            model.addAttribute("nameError", true);
            return list(me, model);
        }
        IssuedApiToken issued = tokens.create(me.workspaceId(), name, me.userId());
        redirect.addFlashAttribute("issued", issued);
        return "redirect:/settings/api-tokens";
    }

    @PostMapping("/settings/api-tokens/{id}/revoke")
    String revoke(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            tokens.revoke(me.workspaceId(), id);
            redirect.addFlashAttribute("flash", "tokens.revoked");
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", "error.notFound.token");
        }
        return "redirect:/settings/api-tokens";
    }
}
