package io.conversa.receivables.web;

import io.conversa.identity.CurrentUser;
import io.conversa.receivables.PaymentInput;
import io.conversa.receivables.PaymentView;
import io.conversa.receivables.Payments;
import io.conversa.receivables.Upserted;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "Payments", description = "Payments received and the invoices they paid")
class PaymentApiController {

    private final Payments payments;

    PaymentApiController(Payments payments) {
        this.payments = payments;
    }

    /** Records the payment (or updates the one with the same {@code externalRef}) and applies it to its invoices. */
    @PostMapping
    ResponseEntity<PaymentView> record(CurrentUser user, @RequestBody PaymentInput input) {
        Upserted<PaymentView> result = payments.record(user.workspaceId(), input);
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(result.value());
    }

    @GetMapping
    PageJson<PaymentView> list(
            CurrentUser user,
            @RequestParam(required = false) UUID customerId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return PageJson.of(payments.list(user.workspaceId(), customerId, paging.page(), paging.size()));
    }

    @GetMapping("/{id}")
    PaymentView get(CurrentUser user, @PathVariable UUID id) {
        return payments.get(user.workspaceId(), id);
    }
}
