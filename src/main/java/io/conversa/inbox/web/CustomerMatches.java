package io.conversa.inbox.web;

import io.conversa.core.WorkspaceId;
import io.conversa.receivables.CustomerSearch;
import io.conversa.receivables.Customers;
import org.springframework.ui.Model;

/** A customer picker's results: the first few customers matching what the agent typed (two characters or more). */
final class CustomerMatches {

    static final int SHOWN = 8;

    private CustomerMatches() {}

    static void addTo(Model model, Customers customers, WorkspaceId workspace, String typed) {
        String q = typed == null ? "" : typed.strip();
        model.addAttribute("q", q);
        if (q.length() >= 2) {
            model.addAttribute(
                    "results",
                    customers
                            .search(workspace, new CustomerSearch(q, null, null, null), 0, SHOWN)
                            .items());
        }
    }
}
