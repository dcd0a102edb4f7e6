package io.conversa.identity.web;

import io.conversa.core.DomainException;
import io.conversa.identity.CurrentUser;
import io.conversa.identity.Role;
import io.conversa.identity.Users;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Configuración → Usuarios (admins only): create users, change their role, deactivate and reactivate them. */
@Controller
class UsersController {

    /** The "new user" form. */
    record NewUserForm(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 320) String email,

            @NotBlank @Size(min = Users.MIN_PASSWORD_LENGTH, max = 200)
            String password,

            @NotNull Role role) {}

    private final Users users;

    UsersController(Users users) {
        this.users = users;
    }

    @GetMapping("/settings/users")
    String list(CurrentUser me, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewUserForm("", "", "", Role.AGENT));
        }
        model.addAttribute("users", users.list(me.workspaceId()));
        model.addAttribute("roles", Role.values());
        return "settings/users";
    }

    @PostMapping("/settings/users")
    String create(
            CurrentUser me,
            @Valid @ModelAttribute("form") NewUserForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                users.create(me.workspaceId(), form.email(), form.name(), form.password(), form.role());
                redirect.addFlashAttribute("flash", "users.created");
                return "redirect:/settings/users";
            } catch (DomainException e) {
                errors.rejectValue("email", e.messageKey(), e.getMessage());
            }
        }
        return list(me, model);
    }

    @PostMapping("/settings/users/{id}/role")
    String changeRole(CurrentUser me, @PathVariable UUID id, @RequestParam Role role, RedirectAttributes redirect) {
        return apply(redirect, () -> users.changeRole(me.workspaceId(), id, role), "users.roleChanged");
    }

    @PostMapping("/settings/users/{id}/active")
    String setActive(CurrentUser me, @PathVariable UUID id, @RequestParam boolean active, RedirectAttributes redirect) {
        return apply(
                redirect,
                () -> users.setActive(me.workspaceId(), id, active),
                active ? "users.activated" : "users.deactivated");
    }

    private static String apply(RedirectAttributes redirect, Runnable change, String successKey) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", successKey);
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/settings/users";
    }
}
