package io.conversa.receivables.web;

import io.conversa.identity.CurrentUser;
import io.conversa.receivables.AgingBucket;
import io.conversa.receivables.CustomerSearch;
import io.conversa.receivables.Customers;
import io.conversa.receivables.Invoices;
import io.conversa.receivables.Payments;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Clientes: the customer list with search and filters, and a customer's profile ("Ver perfil"). */
@Controller
class CustomerController {

    static final int PAGE_SIZE = 25;

    private final Customers customers;
    private final Invoices invoices;
    private final Payments payments;

    CustomerController(Customers customers, Invoices invoices, Payments payments) {
        this.customers = customers;
        this.invoices = invoices;
        this.payments = payments;
    }

    @GetMapping("/customers")
    String list(
            CurrentUser user,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String overdue,
            @RequestParam(required = false) String minBalance,
            @RequestParam(required = false) String tag,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        BigDecimal min = parseAmount(minBalance, model);
        var search = new CustomerSearch(q, AgingBucket.fromCode(overdue), min, tag);
        model.addAttribute("customers", customers.search(user.workspaceId(), search, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("totals", customers.totals(user.workspaceId()));
        model.addAttribute("tags", customers.tags(user.workspaceId()));
        model.addAttribute("buckets", AgingBucket.values());
        model.addAttribute("q", q);
        model.addAttribute("overdue", overdue);
        model.addAttribute("minBalance", minBalance);
        model.addAttribute("tag", tag);
        model.addAttribute("pageQuery", queryWithoutPage());
        return "customers/list";
    }

    @GetMapping("/customers/{id}")
    String profile(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("customer", customers.get(user.workspaceId(), id));
        model.addAttribute("summary", customers.summary(user.workspaceId(), id));
        model.addAttribute("invoices", invoices.ofCustomer(user.workspaceId(), id));
        model.addAttribute("payments", payments.ofCustomer(user.workspaceId(), id));
        return "customers/profile";
    }

    /** The current query string without {@code page}, ready for "&page=N" ("" or "q=x&"). */
    static String queryWithoutPage() {
        String query = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page")
                .build()
                .getQuery();
        return query == null || query.isEmpty() ? "" : query + "&";
    }

    private static BigDecimal parseAmount(String value, Model model) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return TypedAmounts.parse(value);
        } catch (NumberFormatException e) {
            model.addAttribute("minBalanceError", true);
            return null;
        }
    }
}
