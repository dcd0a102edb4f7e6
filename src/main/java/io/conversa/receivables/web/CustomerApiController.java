package io.conversa.receivables.web;

import io.conversa.identity.CurrentUser;
import io.conversa.receivables.AgingBucket;
import io.conversa.receivables.CustomerInput;
import io.conversa.receivables.CustomerRow;
import io.conversa.receivables.CustomerSearch;
import io.conversa.receivables.CustomerView;
import io.conversa.receivables.Customers;
import io.conversa.receivables.Upserted;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
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
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers", description = "Customers synced from the accounts-receivable platform")
class CustomerApiController {

    private final Customers customers;

    CustomerApiController(Customers customers) {
        this.customers = customers;
    }

    /** Creates the customer, or updates the one with the same {@code externalRef}: 201 when created, else 200. */
    @PostMapping
    ResponseEntity<CustomerView> upsert(CurrentUser user, @RequestBody CustomerInput input) {
        Upserted<CustomerView> result = customers.upsert(user.workspaceId(), input);
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(result.value());
    }

    @GetMapping
    PageJson<CustomerRow> search(
            CurrentUser user,
            @RequestParam(required = false) String query,
            @RequestParam(required = false) String overdue,
            @RequestParam(required = false) BigDecimal minBalance,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        var search = new CustomerSearch(query, AgingBucket.fromCode(overdue), minBalance, tag);
        return PageJson.of(customers.search(user.workspaceId(), search, paging.page(), paging.size()));
    }

    @GetMapping("/{id}")
    CustomerDetailsJson get(CurrentUser user, @PathVariable UUID id) {
        CustomerView customer = customers.get(user.workspaceId(), id);
        return CustomerDetailsJson.of(customer, customers.summary(user.workspaceId(), id));
    }
}
