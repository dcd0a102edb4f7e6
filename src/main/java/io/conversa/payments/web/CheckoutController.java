package io.conversa.payments.web;

import io.conversa.payments.PaymentLinks;
import io.conversa.payments.PaymentsProperties;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public checkout page {@code /pay/{token}} (no login: the token is the key): the workspace's name, the invoices and
 * the total, or that the link is paid or expired. "Pagar" posts to {@code /pay/{token}/checkout}; in the sandbox it
 * shows "Simular pago", which confirms the payment as a provider's webhook would (outside the sandbox that endpoint
 * does not exist). An unknown token is 404.
 */
@Controller
class CheckoutController {

    private final PaymentLinks links;
    private final Clock clock;
    private final boolean sandbox;

    CheckoutController(PaymentLinks links, Clock clock, Environment environment, PaymentsProperties properties) {
        this.links = links;
        this.clock = clock;
        // "Simular pago" only in the sandbox, and only while no real provider is configured
        this.sandbox = environment.getProperty("conversa.sandbox.enabled", Boolean.class, false)
                && properties.provider() == PaymentsProperties.Provider.SANDBOX;
    }

    @GetMapping("/pay/{token}")
    String page(@PathVariable String token, Model model) {
        model.addAttribute("checkout", links.checkout(token).orElseThrow(CheckoutController::notFound));
        model.addAttribute("token", token);
        return "payments/checkout";
    }

    @PostMapping("/pay/{token}/checkout")
    String checkout(@PathVariable String token, Model model) {
        PaymentLinks.CheckoutView checkout = links.checkout(token).orElseThrow(CheckoutController::notFound);
        if (!checkout.link().open()) {
            return "redirect:/pay/" + token;
        }
        Optional<String> provider = links.startCheckout(token);
        if (provider.isPresent()) {
            return "redirect:" + provider.get();
        }
        model.addAttribute("checkout", checkout);
        model.addAttribute("token", token);
        model.addAttribute(sandbox ? "sandbox" : "unavailable", true);
        return "payments/checkout";
    }

    /** The sandbox's stand-in for a provider: the payment is confirmed at once, as its webhook would. */
    @PostMapping("/pay/{token}/simulate")
    String simulate(@PathVariable String token) {
        if (!sandbox) {
            throw notFound(); // never a way to pay without paying outside the sandbox
        }
        PaymentLinks.CheckoutView checkout = links.checkout(token).orElseThrow(CheckoutController::notFound);
        if (checkout.link().open()) {
            BigDecimal amount = checkout.link().amount();
            links.confirm(
                    "sandbox",
                    "sandbox-" + UUID.randomUUID(),
                    checkout.link().id(),
                    amount,
                    checkout.link().currency(),
                    Instant.now(clock));
        }
        return "redirect:/pay/" + token;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
