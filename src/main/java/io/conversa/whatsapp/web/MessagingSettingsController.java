package io.conversa.whatsapp.web;

import io.conversa.core.DomainException;
import io.conversa.identity.CurrentUser;
import io.conversa.settings.ChannelInput;
import io.conversa.settings.ChannelView;
import io.conversa.settings.Channels;
import io.conversa.settings.PublicUrl;
import io.conversa.whatsapp.internal.ConnectionCheck;
import java.util.UUID;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Configuración → Mensajería (admins): the WhatsApp numbers with their credentials (secrets never shown again),
 * the webhook URL to paste into Meta, and "Probar conexión".
 */
@Controller
class MessagingSettingsController {

    private final Channels channels;
    private final ConnectionCheck connectionCheck;
    private final Environment environment;
    private final PublicUrl publicUrl;

    MessagingSettingsController(
            Channels channels, ConnectionCheck connectionCheck, Environment environment, PublicUrl publicUrl) {
        this.channels = channels;
        this.connectionCheck = connectionCheck;
        this.environment = environment;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/settings/messaging")
    String page(CurrentUser me, Model model) {
        model.addAttribute("channels", channels.list(me.workspaceId()));
        model.addAttribute("webhookUrl", publicUrl() + "/webhooks/whatsapp");
        model.addAttribute("sandbox", environment.getProperty("conversa.sandbox.enabled", Boolean.class, false));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ChannelInput("", "", "", "", "", "", 80));
        }
        return "settings/messaging";
    }

    @PostMapping("/settings/messaging")
    String save(CurrentUser me, @ModelAttribute("form") ChannelInput form, Model model, RedirectAttributes redirect) {
        try {
            channels.save(me.workspaceId(), form);
            redirect.addFlashAttribute("flash", "messaging.saved");
            return "redirect:/settings/messaging";
        } catch (DomainException e) {
            model.addAttribute("formErrors", e.fieldProblems());
            model.addAttribute("formError", e.fieldProblems().isEmpty() ? e.messageKey() : null);
            return page(me, model);
        }
    }

    @PostMapping("/settings/messaging/{id}/test")
    String test(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
        ChannelView channel =
                channels.find(me.workspaceId(), id).orElseThrow(() -> DomainException.notFound("Channel", id));
        redirect.addFlashAttribute("check", connectionCheck.check(channels.credentials(channel.id())));
        redirect.addFlashAttribute("checkedChannel", channel.id());
        return "redirect:/settings/messaging";
    }

    private String publicUrl() {
        return publicUrl.base();
    }
}
