package io.conversa.payments.web;

import io.conversa.core.DomainException;
import io.conversa.payments.PaymentLinks;
import io.conversa.payments.internal.ForgedWebhook;
import io.conversa.payments.internal.PaymentProviderFailure;
import io.conversa.payments.internal.PaymentWebhooks;
import io.conversa.payments.internal.ProviderPayment;
import io.conversa.payments.internal.WebhookCall;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/stripe} and {@code POST /webhooks/mercadopago}, one URL for every workspace: the provider's
 * notification verified with the server's or a workspace's keys (a forged one → 400 and nothing recorded), a completed
 * payment confirmed once on its link; a provider that cannot be reached to check the payment → 503, so it notifies
 * again later.
 */
@RestController
class PaymentWebhooksController {

    private static final Logger log = LoggerFactory.getLogger(PaymentWebhooksController.class);

    private final PaymentWebhooks webhooks;
    private final PaymentLinks links;

    PaymentWebhooksController(PaymentWebhooks webhooks, PaymentLinks links) {
        this.webhooks = webhooks;
        this.links = links;
    }

    @PostMapping("/webhooks/{provider:stripe|mercadopago}")
    ResponseEntity<Void> receive(
            @PathVariable String provider, @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        WebhookCall call = new WebhookCall(body, headers(request), query(request));
        Optional<ProviderPayment> payment;
        try {
            payment = webhooks.confirm(provider, call);
        } catch (ForgedWebhook forged) {
            log.warn("Refused a {} webhook: {}", provider, forged.getMessage());
            return ResponseEntity.badRequest().build();
        } catch (PaymentProviderFailure unreachable) {
            log.warn(
                    "Could not check a {} payment, the provider will notify again: {}",
                    provider,
                    unreachable.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        payment.ifPresent(this::confirm);
        return ResponseEntity.ok().build();
    }

    private void confirm(ProviderPayment payment) {
        UUID linkId;
        try {
            linkId = UUID.fromString(payment.linkId());
        } catch (IllegalArgumentException | NullPointerException notOurs) {
            log.info("A {} payment {} names no payment link of ours: ignored", payment.provider(), payment.paymentId());
            return;
        }
        try {
            boolean recorded = links.confirm(
                    payment.provider(),
                    payment.paymentId(),
                    linkId,
                    payment.amount(),
                    payment.currency(),
                    payment.paidAt());
            log.info(
                    "{} payment {} on link {}: {}",
                    payment.provider(),
                    payment.paymentId(),
                    linkId,
                    recorded ? "recorded" : "already recorded");
        } catch (DomainException refused) {
            log.warn(
                    "{} payment {} on link {} not recorded: {}",
                    payment.provider(),
                    payment.paymentId(),
                    linkId,
                    refused.getMessage());
        }
    }

    private static Map<String, String> headers(HttpServletRequest request) {
        Map<String, String> headers = new HashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, request.getHeader(name));
        }
        return headers;
    }

    private static Map<String, String> query(HttpServletRequest request) {
        Map<String, String> query = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0) {
                query.put(name, values[0]);
            }
        });
        return query;
    }
}
