package io.conversa.templates.internal;

import io.conversa.core.WorkspaceId;
import io.conversa.identity.Workspace;
import io.conversa.identity.Workspaces;
import io.conversa.receivables.AccountSummary;
import io.conversa.receivables.CustomerView;
import io.conversa.receivables.Customers;
import io.conversa.receivables.InvoiceView;
import io.conversa.templates.BindingData;
import io.conversa.templates.spi.VariableSource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Gathers what bound variables are filled with: the customer's receivables data and other modules' values. */
@Component
public class BindingDataFactory {

    private final Customers customers;
    private final Workspaces workspaces;
    private final List<VariableSource> sources;

    BindingDataFactory(Customers customers, Workspaces workspaces, List<VariableSource> sources) {
        this.customers = customers;
        this.workspaces = workspaces;
        this.sources = sources;
    }

    /**
     * For a customer (null: a contact not linked to one, so only hand-typed values are possible); other modules' data
     * only for the {@code boundKeys} the template's arguments bind.
     */
    public BindingData of(WorkspaceId workspaceId, UUID customerId, Set<String> boundKeys) {
        Workspace workspace = workspaces.get(workspaceId);
        Locale locale = new Locale.Builder()
                .setLanguage(Locale.forLanguageTag(workspace.locale()).getLanguage())
                .setRegion(workspace.defaultCountry())
                .build();
        if (customerId == null) {
            return new BindingData(
                    null, null, null, null, null, 0, workspace.currency(), locale, workspace.zone(), Map.of());
        }
        CustomerView customer = customers.get(workspaceId, customerId);
        AccountSummary summary = customers.summary(workspaceId, customerId);
        InvoiceView oldest = summary.overdueInvoices().isEmpty()
                ? null
                : summary.overdueInvoices().get(0);
        Map<String, String> extra = VariableSources.values(sources, workspaceId, customerId, boundKeys);
        return new BindingData(
                customer.name(),
                summary.balance().amount(),
                oldest == null ? null : oldest.number(),
                oldest == null ? null : oldest.balance(),
                oldest == null ? null : oldest.dueDate(),
                summary.overdueInvoices().size(),
                workspace.currency(),
                locale,
                workspace.zone(),
                extra);
    }
}
