package io.conversa.payments.web;

import io.conversa.core.DomainException;
import io.conversa.core.FieldProblem;
import io.conversa.identity.CurrentUser;
import io.conversa.payments.PaymentSettings;
import io.conversa.settings.PublicUrl;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Configuración → Pagos (admins only, like every settings page): the provider the workspace's payment links are paid
 * with, Stripe's and Mercado Pago's keys (never shown again once saved, only their last characters) and the webhook
 * URLs to paste into each provider. A bad field is shown next to it and nothing changes; typed keys are never echoed.
 */
@Controller
class PaymentSettingsController {

    private final PaymentSettings settings;
    private final PublicUrl publicUrl;

    PaymentSettingsController(PaymentSettings settings, PublicUrl publicUrl) {
        this.settings = settings;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/settings/payments")
    String page(CurrentUser me, Model model) {
        PaymentSettings.View view = settings.view(me.workspaceId());
        model.addAttribute("payments", view);
        if (!model.containsAttribute("chosenProvider")) {
            model.addAttribute("chosenProvider", view.provider());
        }
        model.addAttribute("stripeWebhookUrl", publicUrl.base() + "/webhooks/stripe");
        model.addAttribute("mercadoPagoWebhookUrl", publicUrl.base() + "/webhooks/mercadopago");
        return "settings/payments";
    }

    @PostMapping("/settings/payments")
    String save(
            CurrentUser me,
            @RequestParam(required = false) String provider,
            @RequestParam(required = false) String stripeApiKey,
            @RequestParam(required = false) String stripeWebhookSecret,
            @RequestParam(required = false) String mercadoPagoAccessToken,
            @RequestParam(required = false) String mercadoPagoWebhookSecret,
            @RequestParam(defaultValue = "false") boolean removeStripe,
            @RequestParam(defaultValue = "false") boolean removeMercadoPago,
            Model model,
            RedirectAttributes redirect) {
        try {
            settings.save(
                    me.workspaceId(),
                    new PaymentSettings.Change(
                            provider,
                            stripeApiKey,
                            stripeWebhookSecret,
                            mercadoPagoAccessToken,
                            mercadoPagoWebhookSecret,
                            removeStripe,
                            removeMercadoPago));
            redirect.addFlashAttribute("flash", "paymentSettings.saved");
            return "redirect:/settings/payments";
        } catch (DomainException e) {
            Map<String, FieldProblem> byField = new LinkedHashMap<>();
            e.fieldProblems().forEach(problem -> byField.putIfAbsent(problem.field(), problem));
            model.addAttribute("fieldErrors", byField);
            model.addAttribute("chosenProvider", provider); // the choice stays; the keys are never echoed
            return page(me, model);
        }
    }
}
