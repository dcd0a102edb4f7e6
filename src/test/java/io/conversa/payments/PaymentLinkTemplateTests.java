package io.conversa.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.conversa.campaigns.internal.BulkDispatcher;
import io.conversa.core.WorkspaceId;
import io.conversa.identity.Role;
import io.conversa.identity.TestLogins;
import io.conversa.identity.Workspaces;
import io.conversa.receivables.Customers;
import io.conversa.receivables.Invoices;
import io.conversa.settings.ChannelView;
import io.conversa.settings.PublicUrl;
import io.conversa.support.CustomerMessages;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import io.conversa.templates.TemplateView;
import io.conversa.templates.Templates;
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
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Link de pago" outside the 24-hour window: the link is created, the approved templates that can carry it are
 * offered with what the customer would read, and the chosen one goes to Meta once, carrying that very link. A bulk
 * send bound to {@code payment.link} carries each customer's open link and refuses, with the reason, a customer who
 * has none.
 */
@IntegrationTest
class PaymentLinkTemplateTests {

    static final String PHONE_NUMBER_ID = "106540352242922";
    static final String LIST = "/v24.0/102290129340398/message_templates";
    static final String MESSAGES = "/v24.0/" + PHONE_NUMBER_ID + "/messages";

    static final String LINK_IN_BODY = """
            {"id":"3001","name":"link_de_pago","language":"es","status":"APPROVED","category":"UTILITY",
             "parameter_format":"POSITIONAL","components":[{"type":"BODY",
              "text":"Hola {{1}}, tu saldo pendiente es de {{2}}. Puedes pagar de forma segura en este link: {{3}} ¡Gracias!"}]}""";
    static final String OTHER_SITE = """
            {"id":"3003","name":"recordatorio_pago","language":"es","status":"APPROVED","category":"UTILITY",
             "parameter_format":"POSITIONAL","components":[
              {"type":"BODY","text":"Hola {{1}}, paga tu saldo de {{2}} con el botón."},
              {"type":"BUTTONS","buttons":[{"type":"URL","text":"Pagar","url":"https://pagos.other.example/c/{{1}}"}]}]}""";
    static final String PENDING_LINK = """
            {"id":"3004","name":"link_nuevo","language":"es","status":"PENDING","category":"UTILITY",
             "parameter_format":"POSITIONAL","components":[{"type":"BODY","text":"Paga en este link: {{1}}"}]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    CustomerMessages messages;

    @Autowired
    WireMockServer graph;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Customers customers;

    @Autowired
    Invoices invoices;

    @Autowired
    Workspaces workspaces;

    @Autowired
    Templates templates;

    @Autowired
    PaymentLinks links;

    @Autowired
    PublicUrl publicUrl;

    @Autowired
    BulkDispatcher dispatcher;

    WorkspaceId workspace;
    UUID customer;
    UUID conversation;
    MockHttpSession agent;

    @BeforeEach
    void setUp() throws Exception {
        graph.resetAll();
        data.clearInbox();
        data.clearReceivables();
        workspace = data.workspace();
        Debts debts = new Debts(customers, invoices, workspace);
        customer = debts.customer("C-TPL", "Ferretería Núñez", "+56 9 8765 0004");
        LocalDate today = workspaces.today(workspace);
        debts.invoice(customer, "F-601", today.minusDays(20), "30000", "CLP");
        debts.invoice(customer, "F-602", today.minusDays(3), "15000", "CLP");
        ChannelView channel = data.channel(PHONE_NUMBER_ID, "tpl-pay-secret", "tpl-pay-token", "tpl-pay-verify");
        conversation = messages.writes(
                channel, "56987650004", "Núñez", "¿Cuánto debo?", Instant.now().minus(Duration.ofHours(30)));
        graph.stubFor(
                post(urlPathEqualTo(MESSAGES))
                        .willReturn(
                                okJson(
                                        "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"x\",\"wa_id\":"
                                                + "\"56987650004\"}],\"messages\":[{\"id\":\"wamid.LINK\",\"message_status\":\"accepted\"}]}")));
        agent = TestLogins.login(mvc, data.user(Role.AGENT));
    }

    /** The number's approved catalog, as Meta lists it. */
    void catalog(String... templatesJson) {
        graph.stubFor(
                get(urlPathEqualTo(LIST)).willReturn(okJson("{\"data\":[" + String.join(",", templatesJson) + "]}")));
        // a cold fake may miss the Graph client's first short timeout: the sync is simply tried again
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(templates.sync(workspace).errors()).isEmpty());
    }

    String linkInButton() {
        return """
                {"id":"3002","name":"boton_pago","language":"es","status":"APPROVED","category":"UTILITY",
                 "parameter_format":"POSITIONAL","components":[
                  {"type":"BODY","text":"Hola {{1}}, paga tu saldo con el botón."},
                  {"type":"BUTTONS","buttons":[{"type":"URL","text":"Pagar","url":"%s/pay/{{1}}"}]}]}""".formatted(publicUrl.base());
    }

    UUID templateId(String name) {
        return templates.list(workspace, null, null, null).stream()
                .filter(t -> t.name().equals(name))
                .map(TemplateView::id)
                .findFirst()
                .orElseThrow();
    }

    ResultActions createLink() throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/conversations/{id}/payment-link", conversation)
                        .session(agent)
                        .with(csrf()))
                .andExpect(status().isOk());
    }

    ResultActions sendWith(PaymentLinkView link, UUID template) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/conversations/{id}/payment-link/{link}/template", conversation, link.id())
                        .session(agent)
                        .with(csrf())
                        .param("template", template.toString()))
                .andExpect(status().isOk());
    }

    PaymentLinkView newestLink() {
        return links.ofCustomer(workspace, customer).get(0);
    }

    List<String> outbound() {
        return jdbc.sql("SELECT text FROM message WHERE conversation_id = ? AND direction = 'outbound'")
                .param(conversation)
                .query(String.class)
                .list();
    }

    long linkEvents() {
        return jdbc.sql("SELECT COUNT(*) FROM message WHERE conversation_id = ? AND type = 'event'"
                        + " AND payload LIKE '%payment_link%'")
                .param(conversation)
                .query(Long.class)
                .single();
    }

    List<JsonNode> requestsToMeta() {
        return graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))).stream()
                .map(request -> JsonMapper.shared().readTree(request.getBodyAsString()))
                .toList();
    }

    @Test
    void theChosenTemplateCarriesTheNewLinkOnceAndTheThreadRecordsIt() throws Exception {
        catalog(LINK_IN_BODY, linkInButton(), OTHER_SITE, PENDING_LINK);

        createLink()
                .andExpect(content().string(containsString("La ventana de 24 horas está cerrada")))
                .andExpect(content().string(containsString("Enviar con plantilla")))
                .andExpect(content().string(containsString("link_de_pago")))
                .andExpect(content().string(containsString("boton_pago")))
                .andExpect(content().string(not(containsString("recordatorio_pago"))))
                .andExpect(content().string(not(containsString("link_nuevo"))));
        PaymentLinkView link = newestLink();
        assertThat(link.amount()).isEqualByComparingTo("45000");
        assertThat(outbound()).isEmpty();
        assertThat(linkEvents()).isZero();

        sendWith(link, templateId("link_de_pago")).andExpect(content().string(containsString("enviado en el chat")));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(requestsToMeta()).hasSize(1));
        JsonNode sent = requestsToMeta().get(0).path("template");
        assertThat(sent.path("name").asString()).isEqualTo("link_de_pago");
        JsonNode body = sent.path("components").path(0);
        assertThat(body.path("type").asString()).isEqualTo("body");
        assertThat(body.path("parameters").path(0).path("text").asString()).isEqualTo("Ferretería Núñez");
        assertThat(body.path("parameters").path(1).path("text").asString()).isEqualTo("$45.000");
        assertThat(body.path("parameters").path(2).path("text").asString()).isEqualTo(link.url());
        assertThat(outbound()).singleElement().asString().contains("en este link: " + link.url() + " ¡Gracias!");
        assertThat(linkEvents()).isEqualTo(1);

        sendWith(link, templateId("link_de_pago")) // a second click sends nothing new
                .andExpect(content().string(containsString("enviado en el chat")));
        assertThat(outbound()).hasSize(1);
        assertThat(linkEvents()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql("SELECT status FROM message WHERE conversation_id = ?"
                                        + " AND direction = 'outbound'")
                                .param(conversation)
                                .query(String.class)
                                .single())
                        .isEqualTo("sent"));
        assertThat(requestsToMeta()).hasSize(1);
    }

    @Test
    void aUrlButtonToTheCheckoutPageTakesTheLinksToken() throws Exception {
        catalog(linkInButton());
        createLink().andExpect(content().string(containsString("boton_pago")));
        PaymentLinkView link = newestLink();

        sendWith(link, templateId("boton_pago")).andExpect(content().string(containsString("enviado en el chat")));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(requestsToMeta()).hasSize(1));
        JsonNode button =
                requestsToMeta().get(0).path("template").path("components").path(1);
        assertThat(button.path("type").asString()).isEqualTo("button");
        assertThat(button.path("sub_type").asString()).isEqualTo("url");
        assertThat(publicUrl.base() + "/pay/"
                        + button.path("parameters").path(0).path("text").asString())
                .isEqualTo(link.url());
    }

    @Test
    void withoutATemplateThatCanCarryTheLinkThePanelSaysSoAndNothingIsSent() throws Exception {
        catalog(OTHER_SITE, PENDING_LINK);

        createLink()
                .andExpect(content().string(containsString("No hay plantillas aprobadas que puedan llevar un link")))
                .andExpect(content().string(containsString("Configuración → Plantillas")))
                .andExpect(content().string(containsString(newestLink().url())))
                .andExpect(content().string(not(containsString("Enviar con plantilla"))));

        sendWith(newestLink(), templateId("recordatorio_pago"))
                .andExpect(content().string(containsString("Elige una plantilla aprobada que pueda llevar")));
        sendWith(newestLink(), templateId("link_nuevo"))
                .andExpect(content().string(containsString("Elige una plantilla aprobada que pueda llevar")));
        assertThat(outbound()).isEmpty();
        assertThat(linkEvents()).isZero();
        assertThat(requestsToMeta()).isEmpty();
    }

    @Test
    void aPaidLinkIsNotSent() throws Exception {
        catalog(LINK_IN_BODY);
        createLink();
        PaymentLinkView link = newestLink();
        links.confirm("sandbox", "sandbox-tpl", link.id(), new BigDecimal("45000"), "CLP", Instant.now());

        sendWith(link, templateId("link_de_pago")).andExpect(content().string(containsString("ya no se puede pagar")));

        assertThat(outbound()).isEmpty();
        assertThat(requestsToMeta()).isEmpty();
    }

    @Test
    void aBulkSendBoundToThePaymentLinkCarriesEachCustomersOpenLinkAndRefusesACustomerWithout() throws Exception {
        catalog(LINK_IN_BODY);
        jdbc.sql("DELETE FROM bulk_send").update();
        jdbc.sql("DELETE FROM bulk_policy").update();
        jdbc.sql("INSERT INTO bulk_policy (workspace_id, contact_hours, updated_at) VALUES (?, 'always', now())")
                .param(workspace.value())
                .update();
        Debts debts = new Debts(customers, invoices, workspace);
        UUID withoutLink = debts.customer("C-TPL-2", "Kiosko Lagos", "+56 9 8765 0007");
        debts.invoice(withoutLink, "F-603", workspaces.today(workspace).minusDays(9), "9000", "CLP");
        PaymentLinkView link = links.create(workspace, new NewPaymentLink(customer, null, null, null), null);
        String token = data.apiToken();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/bulk-sends")
                        .header("Authorization", "Bearer " + token)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Links de diciembre",
                                 "template": {"name": "link_de_pago", "language": "es", "parameters": [
                                   {"bind": "customer.name"}, {"bind": "customer.balance"}, {"bind": "payment.link"}]},
                                 "recipients": [{"phone": "+56 9 8765 0004"}, {"phone": "+56 9 8765 0007"}]}"""))
                .andExpect(status().isCreated());
        dispatcher.pass();

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(jdbc.sql("SELECT phone || ' ' || COALESCE(delivery, '') || ' '"
                                        + " || COALESCE(error_reason, '') FROM bulk_recipient ORDER BY seq")
                                .query(String.class)
                                .list())
                        .satisfiesExactly(
                                sent -> assertThat(sent).startsWith("+56987650004 sent"),
                                refused -> assertThat(refused)
                                        .startsWith("+56987650007 failed")
                                        .contains("payment.link")));
        assertThat(requestsToMeta())
                .singleElement()
                .satisfies(request -> assertThat(request.path("template")
                                .path("components")
                                .path(0)
                                .path("parameters")
                                .path(2)
                                .path("text")
                                .asString())
                        .isEqualTo(link.url()));
        assertThat(links.ofCustomer(workspace, withoutLink)).isEmpty();
    }
}
