package io.conversa.payments.web;

import io.conversa.payments.PaymentLinks;
import io.conversa.payments.internal.PaymentProviderFailure;
import io.conversa.payments.internal.PaymentProviders;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public checkout page {@code /pay/{token}} (no login: the token is the key): the workspace's name, the invoices and
 * the total, or that the link is paid or expired. "Pagar" posts to {@code /pay/{token}/checkout}, which sends the payer
 * to the provider of the link's workspace; in the sandbox it shows "Simular pago", which confirms the payment as a
 * provider's webhook would (only while the app runs the sandbox and the workspace uses the built-in sandbox provider;
 * otherwise that endpoint does not exist). A provider that fails shows that online payment is not available. An
 * unknown token is 404.
 */
@Controller
class CheckoutController {

    private static final Logger log = LoggerFactory.getLogger(CheckoutController.class);

    private final PaymentLinks links;
    private final PaymentProviders providers;
    private final Clock clock;

    CheckoutController(PaymentLinks links, PaymentProviders providers, Clock clock) {
        this.links = links;
        this.providers = providers;
        this.clock = clock;
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
        Optional<String> provider;
        try {
            provider = links.startCheckout(token);
        } catch (PaymentProviderFailure failure) {
            log.warn(
                    "Checkout of payment link {} not started: {}",
                    checkout.link().id(),
                    failure.getMessage());
            provider = Optional.empty();
        }
        if (provider.isPresent()) {
            return "redirect:" + provider.get();
        }
        model.addAttribute("checkout", checkout);
        model.addAttribute("token", token);
        model.addAttribute(providers.simulatesPayments(checkout.workspace()) ? "sandbox" : "unavailable", true);
        return "payments/checkout";
    }

    /** The sandbox's stand-in for a provider: the payment is confirmed at once, as its webhook would. */
    @PostMapping("/pay/{token}/simulate")
    String simulate(@PathVariable String token) {
        PaymentLinks.CheckoutView checkout = links.checkout(token).orElseThrow(CheckoutController::notFound);
        if (!providers.simulatesPayments(checkout.workspace())) {
            throw notFound(); // never a way to pay without paying outside the sandbox
        }
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
