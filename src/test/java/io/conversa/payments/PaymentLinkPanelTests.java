package io.conversa.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.conversa.core.WorkspaceId;
import io.conversa.identity.Role;
import io.conversa.identity.TestLogins;
import io.conversa.identity.Workspaces;
import io.conversa.receivables.Customers;
import io.conversa.receivables.Invoices;
import io.conversa.settings.ChannelView;
import io.conversa.support.CustomerMessages;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Link de pago" in the customer panel: inside the window the link goes into the chat as a message and the thread
 * records it; a partial amount; a payment then shows as "Pago recibido" in the conversation.
 */
@IntegrationTest
class PaymentLinkPanelTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    CustomerMessages messages;

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
    UUID conversation;
    UUID older;
    UUID newer;
    MockHttpSession agent;

    @BeforeEach
    void setUp() throws Exception {
        data.clearInbox();
        data.clearReceivables();
        workspace = data.workspace();
        Debts debts = new Debts(customers, invoices, workspace);
        UUID customer = debts.customer("C-PANEL", "Panadería Sosa", "+56 9 8765 0003");
        LocalDate today = workspaces.today(workspace);
        older = debts.invoice(customer, "F-501", today.minusDays(30), "40000", "CLP");
        newer = debts.invoice(customer, "F-502", today.minusDays(5), "60000", "CLP");
        ChannelView channel =
                data.channel("106540352242922", "panel-pay-secret", "panel-pay-token", "panel-pay-verify");
        conversation = messages.writes(channel, "56987650003", "Sosa", "¿Cómo pago?", Instant.now());
        agent = TestLogins.login(mvc, data.user(Role.AGENT));
    }

    List<String> thread() {
        return jdbc.sql("SELECT COALESCE(text, '') FROM message WHERE conversation_id = ? ORDER BY created_at")
                .param(conversation)
                .query(String.class)
                .list();
    }

    @Test
    void aLinkForAPartialAmountGoesIntoTheChatAndItsPaymentShowsInTheConversation() throws Exception {
        mvc.perform(get("/conversations/{id}/payment-link", conversation).session(agent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("F-501")))
                .andExpect(content().string(containsString("F-502")))
                .andExpect(content().string(containsString("Crear link de pago")));

        mvc.perform(post("/conversations/{id}/payment-link", conversation)
                        .session(agent)
                        .with(csrf())
                        .param("invoiceIds", older.toString(), newer.toString())
                        .param("amount", "50000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enviado en el chat")));

        PaymentLinkView link = links.ofCustomer(
                        workspace,
                        customers.get(workspace, conversationCustomer()).id())
                .get(0);
        assertThat(link.amount()).isEqualByComparingTo("50000");
        assertThat(link.conversationId()).isEqualTo(conversation);
        assertThat(thread())
                .anySatisfy(text -> assertThat(text).contains(link.url()).contains("$50.000"));
        assertThat(thread()).anySatisfy(text -> assertThat(text).startsWith("payment_link"));

        links.confirm("sandbox", "sandbox-1", link.id(), new BigDecimal("50000"), "CLP", Instant.now());

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(thread()).anySatisfy(text -> assertThat(text).startsWith("payment_received")));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(thread()).contains("¡Gracias! Recibimos tu pago de $50.000."));
        assertThat(invoices.get(workspace, older).balance()).isEqualByComparingTo("0");
        assertThat(invoices.get(workspace, newer).balance()).isEqualByComparingTo("50000");
        mvc.perform(get("/conversations/{id}/payment-link", conversation).session(agent))
                .andExpect(content().string(containsString("Pagado")));
        mvc.perform(get("/customers/{id}/payment-links", conversationCustomer()).session(agent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("F-501, F-502")))
                .andExpect(content().string(containsString("Pagado")))
                .andExpect(content().string(containsString(link.url())));
        mvc.perform(get("/customers/{id}/payment-links", UUID.randomUUID()).session(agent))
                .andExpect(status().isNotFound());
    }

    @Test
    void theAiSummaryOffersTheLinkWhenTheCustomerAsksHowToPay() throws Exception {
        mvc.perform(post("/conversations/{id}/insight", conversation)
                        .session(agent)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enviar link de pago por lo vencido")));
    }

    @Test
    void aBadAmountIsExplainedAndCreatesNothing() throws Exception {
        mvc.perform(post("/conversations/{id}/payment-link", conversation)
                        .session(agent)
                        .with(csrf())
                        .param("invoiceIds", older.toString())
                        .param("amount", "999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("no superar lo adeudado")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment_link")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    UUID conversationCustomer() {
        return jdbc.sql("SELECT customer_id FROM conversation WHERE id = ?")
                .param(conversation)
                .query(UUID.class)
                .single();
    }
}
