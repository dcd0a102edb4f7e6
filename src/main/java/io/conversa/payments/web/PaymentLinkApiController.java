package io.conversa.payments.web;

import io.conversa.identity.CurrentUser;
import io.conversa.payments.NewPaymentLink;
import io.conversa.payments.PaymentLinkView;
import io.conversa.payments.PaymentLinks;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/payment-links} with {@code customerId}, optional {@code invoiceIds}, {@code amount} and
 * {@code conversationId} → 201 with the link ({@code id}, {@code url}, {@code amount}, {@code currency},
 * {@code status}…); {@code GET /api/v1/payment-links/{id}}.
 */
@RestController
@RequestMapping("/api/v1/payment-links")
@Tag(name = "Payment links", description = "Links de pago over a customer's invoices, paid on a public checkout page")
class PaymentLinkApiController {

    private final PaymentLinks links;

    PaymentLinkApiController(PaymentLinks links) {
        this.links = links;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PaymentLinkView create(CurrentUser user, @RequestBody NewPaymentLink request) {
        return links.create(user.workspaceId(), request, user.userId());
    }

    @GetMapping("/{id}")
    PaymentLinkView get(CurrentUser user, @PathVariable UUID id) {
        return links.get(user.workspaceId(), id);
    }
}
