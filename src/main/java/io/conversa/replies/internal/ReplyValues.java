package io.conversa.replies.internal;

import io.conversa.core.Money;
import io.conversa.core.ValueFormats;
import io.conversa.core.WorkspaceId;
import io.conversa.identity.Workspace;
import io.conversa.identity.Workspaces;
import io.conversa.receivables.AccountSummary;
import io.conversa.receivables.Customers;
import io.conversa.replies.ReplyContext;
import io.conversa.replies.ReplyVariable;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The values a reply's variables take for one context: the workspace, the agent, and the linked customer's name and
 * account (read only when the reply needs it). A variable without data is left out; the expansion falls back.
 */
@Component
public class ReplyValues {

    private final Workspaces workspaces;
    private final Customers customers;

    ReplyValues(Workspaces workspaces, Customers customers) {
        this.workspaces = workspaces;
        this.customers = customers;
    }

    /** The values for {@code needed}; a customer id of another workspace is not found. */
    public Map<ReplyVariable, String> of(WorkspaceId workspaceId, ReplyContext context, Set<ReplyVariable> needed) {
        Workspace workspace = workspaces.get(workspaceId);
        Map<ReplyVariable, String> values = new EnumMap<>(ReplyVariable.class);
        values.put(ReplyVariable.EMPRESA, workspace.name());
        putIfPresent(values, ReplyVariable.AGENTE, context.agentName());
        putIfPresent(values, ReplyVariable.NOMBRE, context.contactName());
        if (context.customerId() == null) {
            return values;
        }
        values.put(
                ReplyVariable.NOMBRE,
                customers.get(workspaceId, context.customerId()).name());
        if (needed.contains(ReplyVariable.SALDO) || needed.contains(ReplyVariable.FACTURAS_VENCIDAS)) {
            AccountSummary account = customers.summary(workspaceId, context.customerId());
            values.put(ReplyVariable.SALDO, balance(account, readerLocale(workspace)));
            values.put(
                    ReplyVariable.FACTURAS_VENCIDAS,
                    ValueFormats.count(account.overdueInvoices().size()));
        }
        return values;
    }

    /**
     * The open balance as the customer reads it: the workspace's currency, then any invoices in other currencies
     * ("$45.000 + USD 120,00").
     */
    static String balance(AccountSummary account, Locale locale) {
        return Stream.concat(Stream.of(account.balance()), account.otherBalances().stream())
                .map(money -> format(money, locale))
                .collect(Collectors.joining(" + "));
    }

    private static String format(Money money, Locale locale) {
        return ValueFormats.money(money.amount(), money.currency().getCurrencyCode(), locale);
    }

    /** The workspace's language in its country (es-CL), so its own currency reads with the local symbol. */
    private static Locale readerLocale(Workspace workspace) {
        return new Locale.Builder()
                .setLanguage(workspace.displayLocale().getLanguage())
                .setRegion(workspace.defaultCountry())
                .build();
    }

    private static void putIfPresent(Map<ReplyVariable, String> values, ReplyVariable variable, String value) {
        if (value != null && !value.isBlank()) {
            values.put(variable, value.strip());
        }
    }
}
