package io.conversa.templates;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.conversa.receivables.CustomerInput;
import io.conversa.receivables.Customers;
import io.conversa.receivables.InvoiceInput;
import io.conversa.receivables.Invoices;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import io.conversa.whatsapp.internal.WebhookSignature;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The template catalog synced from a fake Graph API, and template sends through the REST API. */
@IntegrationTest
class TemplateSendTests {

    static final String PHONE_NUMBER_ID = "106540352242922";
    static final String WABA = "102290129340398";
    static final String SECRET = "template-test-secret";
    static final String LIST = "/v24.0/" + WABA + "/message_templates";
    static final String MESSAGES = "/v24.0/" + PHONE_NUMBER_ID + "/messages";

    static final String REMINDER = """
            {"id":"1001","name":"recordatorio_pago","language":"es","status":"APPROVED","category":"UTILITY",
             "parameter_format":"POSITIONAL","components":[
              {"type":"HEADER","format":"TEXT","text":"Aviso de pago"},
              {"type":"BODY","text":"Hola {{1}}, tienes un saldo pendiente de {{2}} con vencimiento el {{3}}."},
              {"type":"FOOTER","text":"Si ya pagaste, ignora este mensaje."},
              {"type":"BUTTONS","buttons":[{"type":"URL","text":"Pagar ahora","url":"https://pagos.conversa.app/c/{{1}}"}]}]}""";
    static final String NAMED = """
            {"id":"1002","name":"saldo_pendiente","language":"es","status":"APPROVED","category":"UTILITY",
             "parameter_format":"NAMED","components":[
              {"type":"BODY","text":"Hola {{nombre}}, tu saldo es {{saldo}}. Gracias."}]}""";
    static final String PENDING = """
            {"id":"1003","name":"promo_nueva","language":"es","status":"PENDING","category":"MARKETING",
             "components":[{"type":"BODY","text":"Hola {{1}}, novedades."}]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    WireMockServer graph;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Customers customers;

    @Autowired
    Invoices invoices;

    String token;

    @BeforeEach
    void setUp() throws Exception {
        graph.resetAll();
        data.clearInbox();
        data.clearReceivables();
        jdbc.sql("DELETE FROM message_template").update();
        data.channel(PHONE_NUMBER_ID, SECRET, "EAAG-token", "verify");
        token = data.apiToken();
        graph.stubFor(get(urlPathEqualTo(LIST))
                .withQueryParam("after", equalTo("p2"))
                .willReturn(okJson("{\"data\":[" + NAMED + "," + PENDING + "]}")));
        graph.stubFor(get(urlPathEqualTo(LIST))
                .withQueryParam("after", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .willReturn(okJson("{\"data\":[" + REMINDER + "],\"paging\":{\"cursors\":{\"after\":\"p2\"},\"next\":\""
                        + graph.baseUrl() + LIST + "?limit=100&after=p2\"}}")));
        call(HttpMethod.POST, "/api/v1/templates/sync", null).andExpect(status().isOk());
        graph.stubFor(post(urlPathEqualTo(MESSAGES))
                .willReturn(okJson(
                        "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"x\",\"wa_id\":\"56987654321\"}],"
                                + "\"messages\":[{\"id\":\"wamid.TPL\",\"message_status\":\"accepted\"}]}")));
    }

    ResultActions call(HttpMethod method, String path, String json) throws Exception {
        var builder = request(method, path).header("Authorization", "Bearer " + token);
        if (json != null) {
            builder.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(builder);
    }

    @Test
    void theCatalogIsSyncedAcrossEveryPage() throws Exception {
        graph.verify(2, getRequestedFor(urlPathEqualTo(LIST)));
        call(HttpMethod.GET, "/api/v1/templates", null)
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.items[?(@.name == 'recordatorio_pago')].status")
                        .value("APPROVED"))
                .andExpect(jsonPath("$.items[?(@.name == 'saldo_pendiente')].parameterFormat")
                        .value("NAMED"))
                .andExpect(
                        jsonPath("$.items[?(@.name == 'promo_nueva')].status").value("PENDING"));
    }

    @Test
    void aTemplateToANewNumberCreatesTheConversationLinksTheCustomerAndSendsTheDocumentedBody() throws Exception {
        customers.upsert(data.workspace(), new CustomerInput("C-1", "Ana Pérez", null, "9 8765 4321", null, List.of()));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Santiago"));
        invoices.upsert(
                data.workspace(),
                new InvoiceInput(
                        "I-1",
                        null,
                        "C-1",
                        "F-1",
                        today.minusDays(40),
                        today.minusDays(10),
                        new BigDecimal("45000"),
                        null,
                        "CLP",
                        null));
        call(HttpMethod.POST, "/api/v1/messages", """
                        {"to":"+56 9 8765 4321","template":{"name":"recordatorio_pago","language":"es",
                         "parameters":[{"bind":"customer.name"},{"bind":"customer.balance"},"15-12-2026"],
                         "buttons":{"0":"tok123"}}}""")
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.type").value("template"))
                .andExpect(jsonPath("$.text")
                        .value("Aviso de pago\nHola Ana Pérez, tienes un saldo pendiente de "
                                + "$45.000 con vencimiento el 15-12-2026.\nSi ya pagaste, ignora este mensaje."));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> data.count("message WHERE wa_message_id = 'wamid.TPL' AND status = 'sent'") == 1);
        graph.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)).withRequestBody(equalToJson("""
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"56987654321","type":"template",
                 "template":{"name":"recordatorio_pago","language":{"code":"es"},"components":[
                  {"type":"body","parameters":[{"type":"text","text":"Ana Pérez"},{"type":"text","text":"$45.000"},
                                               {"type":"text","text":"15-12-2026"}]},
                  {"type":"button","sub_type":"url","index":"0","parameters":[{"type":"text","text":"tok123"}]}]}}""", true, true)));
        assertThat(data.count("conversation WHERE wa_id = '56987654321' AND customer_id IS NOT NULL"))
                .isEqualTo(1);
    }

    @Test
    void namedTemplatesSendTheirParameterNames() throws Exception {
        call(HttpMethod.POST, "/api/v1/messages", """
                        {"to":"+56 9 6543 2109","template":{"name":"saldo_pendiente","language":"es",
                         "parameters":{"nombre":"Beto","saldo":"$12.000"}}}""").andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(10)).until(() -> data.count("message WHERE status = 'sent'") == 1);
        graph.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)).withRequestBody(equalToJson("""
                {"template":{"name":"saldo_pendiente","components":[{"type":"body","parameters":[
                  {"type":"text","parameter_name":"nombre","text":"Beto"},
                  {"type":"text","parameter_name":"saldo","text":"$12.000"}]}]}}""", true, true)));
    }

    @Test
    void unapprovedTemplatesAndWrongCountsAreRefusedAndNothingIsSent() throws Exception {
        call(HttpMethod.POST, "/api/v1/messages", """
                        {"to":"+56 9 6543 2109","template":{"name":"promo_nueva","language":"es","parameters":["Ana"]}}""").andExpect(status().isUnprocessableContent());
        call(HttpMethod.POST, "/api/v1/messages", """
                        {"to":"+56 9 6543 2109","template":{"name":"recordatorio_pago","language":"es",
                         "parameters":["Ana"],"buttons":{"0":"x"}}}""").andExpect(status().isUnprocessableContent());
        call(HttpMethod.POST, "/api/v1/messages", """
                        {"to":"+56 9 6543 2109","template":{"name":"no_existe","language":"es","parameters":[]}}""").andExpect(status().isUnprocessableContent());
        assertThat(data.count("message")).isZero();
        graph.verify(0, postRequestedFor(urlPathEqualTo(MESSAGES)));
    }

    @Test
    void aStatusWebhookChangesTheTemplateAtOnce() throws Exception {
        byte[] body = """
                {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","time":1700000000,
                "changes":[{"field":"message_template_status_update","value":{"event":"APPROVED",
                "message_template_id":1003,"message_template_name":"promo_nueva",
                "message_template_language":"es","reason":"NONE"}}]}]}""".getBytes(StandardCharsets.UTF_8);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/webhooks/whatsapp")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("X-Hub-Signature-256", "sha256=" + WebhookSignature.sign(body, SECRET))
                        .content(body))
                .andExpect(status().isOk());
        assertThat(data.count("message_template WHERE name = 'promo_nueva' AND status = 'APPROVED'"))
                .isEqualTo(1);
    }
}
