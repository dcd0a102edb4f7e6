package io.conversa.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.conversa.core.DomainException;
import io.conversa.core.WorkspaceId;
import io.conversa.identity.Workspaces;
import io.conversa.receivables.Customers;
import io.conversa.receivables.Invoices;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import io.conversa.templates.Argument;
import io.conversa.templates.Binding;
import io.conversa.templates.TemplateArguments;
import io.conversa.templates.TemplateView;
import io.conversa.templates.Templates;
import io.conversa.templates.spi.VariableSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code payment.link} without a particular link: the customer's newest link that can still be paid, or nothing (and
 * then a template bound to it is refused, never sent without a link); no link is ever created for it.
 */
@IntegrationTest
class PaymentLinkVariablesTests {

    @Autowired
    TestData data;

    @Autowired
    Customers customers;

    @Autowired
    Invoices invoices;

    @Autowired
    Workspaces workspaces;

    @Autowired
    PaymentLinks links;

    @Autowired
    VariableSource source;

    @Autowired
    Templates templates;

    @Autowired
    JdbcClient jdbc;

    WorkspaceId workspace;
    UUID customer;
    UUID other;

    @BeforeEach
    void setUp() {
        data.clearInbox();
        data.clearReceivables();
        workspace = data.workspace();
        Debts debts = new Debts(customers, invoices, workspace);
        LocalDate today = workspaces.today(workspace);
        customer = debts.customer("C-VAR", "Librería Rojas", "+56 9 8765 0005");
        debts.invoice(customer, "F-701", today.minusDays(10), "20000", "CLP");
        other = debts.customer("C-VAR-2", "Kiosko Lagos", "+56 9 8765 0006");
        debts.invoice(other, "F-702", today.minusDays(10), "9000", "CLP");
    }

    Optional<String> paymentLink(UUID customerId) {
        return source.value(workspace, customerId, "payment.link");
    }

    PaymentLinkView link(UUID customerId, String amount) {
        return links.create(
                workspace,
                new NewPaymentLink(customerId, null, amount == null ? null : new BigDecimal(amount), null),
                null);
    }

    @Test
    void theNewestLinkThatCanStillBePaidIsTheValue() {
        assertThat(source.keys()).containsExactly("payment.link");
        assertThat(paymentLink(customer)).isEmpty();

        PaymentLinkView older = link(customer, null);
        PaymentLinkView newer = link(customer, "5000");
        link(other, null);
        assertThat(paymentLink(customer)).contains(newer.url());

        links.confirm("sandbox", "sandbox-var", newer.id(), new BigDecimal("5000"), "CLP", Instant.now());
        assertThat(paymentLink(customer)).contains(older.url());

        jdbc.sql("UPDATE payment_link SET expires_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(Instant.now().minusSeconds(60)), older.id())
                .update();
        assertThat(paymentLink(customer)).isEmpty();
        assertThat(source.value(workspace, customer, "customer.name")).isEmpty();
    }

    @Test
    void aTemplateBoundToThePaymentLinkCarriesItOrIsRefusedAndNoLinkIsMade() {
        TemplateView template = new TemplateView(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "1",
                "link_de_pago",
                "es",
                "UTILITY",
                "APPROVED",
                "POSITIONAL",
                "[{\"type\":\"BODY\",\"text\":\"Hola {{1}}, paga en este link: {{2}}\"}]",
                "GREEN",
                null,
                Instant.EPOCH);
        TemplateArguments bound = new TemplateArguments(
                List.of(Argument.bound(Binding.CUSTOMER_NAME), Argument.bound(Binding.PAYMENT_LINK)), null, null, null);
        PaymentLinkView link = link(customer, null);

        assertThat(templates.render(workspace, template, bound, customer).text())
                .isEqualTo("Hola Librería Rojas, paga en este link: " + link.url());
        assertThatThrownBy(() -> templates.render(workspace, template, bound, other))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("templates.error.noPaymentLink"));
        assertThat(links.ofCustomer(workspace, other)).isEmpty();
    }
}
