package io.conversa.receivables.web;

import io.conversa.identity.CurrentUser;
import io.conversa.receivables.InvoiceInput;
import io.conversa.receivables.InvoiceView;
import io.conversa.receivables.Invoices;
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
@RequestMapping("/api/v1/invoices")
@Tag(name = "Invoices", description = "Invoices and their outstanding balances")
class InvoiceApiController {

    private final Invoices invoices;

    InvoiceApiController(Invoices invoices) {
        this.invoices = invoices;
    }

    /** Creates the invoice, or updates the one with the same {@code externalRef}: 201 when created, else 200. */
    @PostMapping
    ResponseEntity<InvoiceView> upsert(CurrentUser user, @RequestBody InvoiceInput input) {
        Upserted<InvoiceView> result = invoices.upsert(user.workspaceId(), input);
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(result.value());
    }

    @GetMapping
    PageJson<InvoiceView> list(
            CurrentUser user,
            @RequestParam(required = false) UUID customerId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return PageJson.of(invoices.list(user.workspaceId(), customerId, status, paging.page(), paging.size()));
    }

    @GetMapping("/{id}")
    InvoiceView get(CurrentUser user, @PathVariable UUID id) {
        return invoices.get(user.workspaceId(), id);
    }
}
