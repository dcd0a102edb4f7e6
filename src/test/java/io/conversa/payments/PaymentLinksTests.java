package io.conversa.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.conversa.core.DomainException;
import io.conversa.core.WorkspaceId;
import io.conversa.identity.Workspaces;
import io.conversa.receivables.Customers;
import io.conversa.receivables.Invoices;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Payment links: amounts over several invoices and partial ones, currencies without decimals (CLP) and with two
 * (MXN, USD), unguessable tokens, the public checkout page's states, and a confirmation recorded once, applied to the
 * oldest invoice first.
 */
@IntegrationTest
class PaymentLinksTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Customers customers;

    @Autowired
    Invoices invoices;

    @Autowired
    Workspaces workspaces;

    @Autowired
    PaymentLinks links;

    WorkspaceId workspace;
    String token;
    UUID customer;
    LocalDate today;

    @BeforeEach
    void setUp() {
        data.clearReceivables();
        workspace = data.workspace();
        token = data.apiToken();
        today = workspaces.today(workspace);
        customer = new Debts(customers, invoices, workspace).customer("C-PAY", "Comercial Rojas", null);
    }

    UUID invoice(String number, LocalDate due, String balance, String currency) {
        return new Debts(customers, invoices, workspace).invoice(customer, number, due, balance, currency);
    }

    BigDecimal balanceOf(UUID invoice) {
        return invoices.get(workspace, invoice).balance();
    }

    @Test
    void aLinkCoversEveryOverdueInvoiceByDefaultAndIsReadBack() throws Exception {
        invoice("F-1", today.minusDays(40), "40000", "CLP");
        invoice("F-2", today.minusDays(10), "80000", "CLP");
        invoice("F-3", today.plusDays(10), "5000", "CLP"); // not yet due: not in the link

        String body = mvc.perform(post("/api/v1/payment-links")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":\"" + customer + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").value("120000"))
                .andExpect(jsonPath("$.currency").value("CLP"))
                .andExpect(jsonPath("$.status").value("open"))
                .andExpect(jsonPath("$.invoices.length()").value(2))
                .andExpect(jsonPath("$.invoices[0].number").value("F-1"))
                .andExpect(jsonPath("$.url", matchesPattern(".*/pay/[A-Za-z0-9_-]{43}$")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(body, "$.id");

        mvc.perform(get("/api/v1/payment-links/{id}", id).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.amount").value("120000"));
        mvc.perform(get("/api/v1/payment-links/{id}", UUID.randomUUID()).header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/payment-links/{id}", id)).andExpect(status().isUnauthorized());
    }

    @Test
    void amountsRespectTheCurrencysDecimalsAndWhatIsOwed() {
        UUID clp = invoice("F-10", today.minusDays(5), "45000", "CLP");
        assertThat(links.create(
                                workspace,
                                new NewPaymentLink(customer, List.of(clp), new BigDecimal("20000"), null),
                                null)
                        .amount())
                .isEqualByComparingTo("20000");
        assertThat(problem(() -> links.create(
                        workspace, new NewPaymentLink(customer, List.of(clp), new BigDecimal("100.5"), null), null)))
                .isEqualTo("payments.error.decimals");
        assertThat(problem(() -> links.create(
                        workspace, new NewPaymentLink(customer, List.of(clp), new BigDecimal("45001"), null), null)))
                .isEqualTo("payments.error.amount");
        assertThat(problem(() -> links.create(
                        workspace, new NewPaymentLink(customer, List.of(clp), BigDecimal.ZERO, null), null)))
                .isEqualTo("payments.error.amount");

        UUID mxn = invoice("M-1", today.minusDays(5), "1250.50", "MXN");
        PaymentLinkView pesos = links.create(
                workspace, new NewPaymentLink(customer, List.of(mxn), new BigDecimal("300.25"), null), null);
        assertThat(pesos.amount()).isEqualByComparingTo("300.25");
        assertThat(pesos.currency()).isEqualTo("MXN");
        assertThat(problem(() -> links.create(
                        workspace, new NewPaymentLink(customer, List.of(mxn), new BigDecimal("1.005"), null), null)))
                .isEqualTo("payments.error.decimals");
        assertThat(problem(() ->
                        links.create(workspace, new NewPaymentLink(customer, List.of(clp, mxn), null, null), null)))
                .isEqualTo("payments.error.currencies");

        UUID usd = invoice("U-1", today.minusDays(5), "99.99", "USD");
        assertThat(links.create(workspace, new NewPaymentLink(customer, List.of(usd), null, null), null)
                        .amount())
                .isEqualByComparingTo("99.99");

        assertThat(problem(() -> links.create(
                        workspace, new NewPaymentLink(customer, List.of(UUID.randomUUID()), null, null), null)))
                .isEqualTo("payments.error.invoice");
    }

    @Test
    void aConfirmationIsRecordedOnceAndPaysTheOldestInvoiceFirst() {
        UUID older = invoice("F-20", today.minusDays(40), "40000", "CLP");
        UUID newer = invoice("F-21", today.minusDays(10), "80000", "CLP");
        PaymentLinkView link =
                links.create(workspace, new NewPaymentLink(customer, null, new BigDecimal("50000"), null), null);

        assertThat(links.confirm("stripe", "pi_1", link.id(), new BigDecimal("50000"), "CLP", Instant.now()))
                .isTrue();
        assertThat(links.confirm("stripe", "pi_1", link.id(), new BigDecimal("50000"), "CLP", Instant.now()))
                .isFalse(); // the same webhook again

        assertThat(balanceOf(older)).isEqualByComparingTo("0");
        assertThat(balanceOf(newer)).isEqualByComparingTo("70000");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment WHERE customer_id = ?")
                        .param(customer)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(links.get(workspace, link.id()).status()).isEqualTo("paid");
        assertThatThrownBy(() -> links.confirm("stripe", "pi_2", link.id(), BigDecimal.TEN, "USD", Instant.now()))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void theCheckoutPageShowsTheLinkAndItsStatesAndUnknownTokensAreNotFound() throws Exception {
        invoice("F-30", today.minusDays(3), "25000", "CLP");
        PaymentLinkView link = links.create(workspace, new NewPaymentLink(customer, null, null, null), null);
        PaymentLinkView other = links.create(workspace, new NewPaymentLink(customer, null, null, null), null);
        String path = link.url().substring(link.url().indexOf("/pay/"));
        assertThat(other.url()).isNotEqualTo(link.url());

        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Comercial Rojas")))
                .andExpect(content().string(containsString("F-30")))
                .andExpect(content().string(containsString("$25.000")))
                .andExpect(content().string(containsString("Pagar")));
        mvc.perform(get("/pay/" + "A".repeat(43))).andExpect(status().isNotFound());
        mvc.perform(get("/pay/abc")).andExpect(status().isNotFound());
        // outside the sandbox nobody pays without paying
        mvc.perform(post(path + "/simulate").with(csrf())).andExpect(status().isNotFound());

        links.confirm("mercadopago", "123", link.id(), new BigDecimal("25000"), "CLP", Instant.now());
        mvc.perform(get(path))
                .andExpect(content().string(containsString("Pagado")))
                .andExpect(content().string(containsString("Total pagado")))
                .andExpect(content().string(not(containsString("Simular pago"))));

        jdbc.sql("UPDATE payment_link SET expires_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(Instant.now().minusSeconds(60)), other.id())
                .update();
        mvc.perform(get(other.url().substring(other.url().indexOf("/pay/"))))
                .andExpect(content().string(containsString("venció")));
        assertThat(links.get(workspace, other.id()).status()).isEqualTo("expired");
    }

    @Test
    void theCheckoutPagesAnswerOneAddressOnlySoOften() throws Exception {
        int tooMany = 0;
        for (int i = 0; i < 15; i++) {
            int status = mvc.perform(get("/pay/" + "B".repeat(43)).with(request -> {
                        request.setRemoteAddr("203.0.113.7");
                        return request;
                    }))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            tooMany += status == 429 ? 1 : 0;
            assertThat(status).isIn(404, 429);
        }
        assertThat(tooMany).isGreaterThanOrEqualTo(4); // a burst of 10, then refused
        mvc.perform(get("/pay/" + "B".repeat(43)).with(request -> {
                    request.setRemoteAddr("203.0.113.8");
                    return request;
                }))
                .andExpect(status().isNotFound()); // another address is not affected
    }

    static String problem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(DomainException.class);
        return ((DomainException) thrown).fieldProblems().get(0).messageKey();
    }
}
