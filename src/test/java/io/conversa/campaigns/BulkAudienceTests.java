package io.conversa.campaigns;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.conversa.campaigns.internal.BulkDispatcher;
import io.conversa.core.DomainException;
import io.conversa.inbox.TemplateRequest;
import io.conversa.receivables.CustomerInput;
import io.conversa.receivables.Customers;
import io.conversa.receivables.InvoiceInput;
import io.conversa.receivables.Invoices;
import io.conversa.receivables.PaymentInput;
import io.conversa.receivables.Payments;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import io.conversa.templates.Templates;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who a bulk send reaches: receivables filters, a CSV, and customers who paid before their turn. */
@IntegrationTest
class BulkAudienceTests {

    static final String MESSAGES = "/v24.0/106540352242922/messages";
    static final TemplateRequest REMINDER = new TemplateRequest("aviso_saldo", "es", null, null, null);

    @Autowired
    BulkSends bulkSends;

    @Autowired
    BulkDispatcher dispatcher;

    @Autowired
    Customers customers;

    @Autowired
    Invoices invoices;

    @Autowired
    Payments payments;

    @Autowired
    Templates templates;

    @Autowired
    TestData data;

    @Autowired
    WireMockServer graph;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    io.conversa.support.CustomerMessages messages;

    LocalDate today = LocalDate.now(ZoneId.of("America/Santiago"));

    @BeforeEach
    void setUp() {
        graph.resetAll();
        data.clearInbox();
        data.clearReceivables();
        jdbc.sql("DELETE FROM bulk_send").update();
        jdbc.sql("DELETE FROM bulk_policy").update();
        jdbc.sql("INSERT INTO bulk_policy (workspace_id, contact_hours, updated_at) VALUES (?, 'always', now())")
                .param(data.workspace().value())
                .update();
        data.channel("106540352242922", "audience-secret", "EAAG-token", "verify");
        graph.stubFor(
                get(urlPathEqualTo("/v24.0/102290129340398/message_templates")).willReturn(okJson("""
                        {"data":[{"id":"4001","name":"aviso_saldo","language":"es","status":"APPROVED",
                         "category":"UTILITY","parameter_format":"POSITIONAL",
                         "components":[{"type":"BODY","text":"Hola {{1}}, tu saldo es {{2}}."}]}]}""")));
        templates.sync(data.workspace());
        graph.stubFor(post(urlPathEqualTo(MESSAGES))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"x\",\"wa_id\":"
                                + "\"{{jsonPath request.body '$.to'}}\"}],\"messages\":[{\"id\":\"wamid.{{randomValue"
                                + " length=20 type='ALPHANUMERIC'}}\"}]}")
                        .withTransformers("response-template")));
        customer("A", "Ana Araya", "9 6111 8001", List.of("moroso"), 40, "45000");
        customer("B", "Beto Bravo", "9 6111 8002", List.of(), 5, "10000");
        customer("C", "Caro Cruz", null, List.of("moroso"), 90, "90000");
        customer("D", "Dani Díaz", "+54 9 11 5555 8004", List.of(), 60, "20000");
        customer("E", "Eva Elgueta", "9 6111 8005", List.of(), -1, null);
    }

    void customer(String ref, String name, String phone, List<String> tags, int daysOverdue, String balance) {
        customers.upsert(data.workspace(), new CustomerInput(ref, name, null, phone, null, tags));
        if (balance != null) {
            invoices.upsert(
                    data.workspace(),
                    new InvoiceInput(
                            "I-" + ref,
                            null,
                            ref,
                            "F-" + ref,
                            today.minusDays(daysOverdue + 30),
                            today.minusDays(daysOverdue),
                            new BigDecimal(balance),
                            null,
                            "CLP",
                            null));
        }
    }

    Map<String, String> recipients(BulkSendView send) {
        return bulkSends.recipients(data.workspace(), send.id(), null, -1, 100).stream()
                .collect(Collectors.toMap(
                        BulkRecipientView::phone,
                        r -> r.state() + (r.skipReason() == null ? "" : ":" + r.skipReason())));
    }

    static Audience overdue(Integer days, String minBalance, String tag, String country) {
        return new Audience(days, minBalance == null ? null : new BigDecimal(minBalance), tag, country, null, null);
    }

    @Test
    void filtersChooseCustomersWithAPhoneByDaysOverdueBalanceTagAndCountry() {
        Function<Audience, Long> size = audience -> bulkSends.audienceSize(data.workspace(), audience);

        assertThat(size.apply(overdue(30, null, null, null))).isEqualTo(2); // Ana, Dani (Caro has no phone)
        assertThat(size.apply(overdue(30, null, null, "CL"))).isEqualTo(1); // Ana
        assertThat(size.apply(overdue(null, "15000", null, null))).isEqualTo(2); // Ana, Dani
        assertThat(size.apply(overdue(null, null, "moroso", null))).isEqualTo(1); // Ana
        assertThat(size.apply(overdue(null, null, null, null))).isEqualTo(4); // everyone with a phone

        CreatedBulkSend created = bulkSends.create(
                data.workspace(),
                new BulkSendRequest("Vencidos", REMINDER, null, overdue(30, null, null, null), null),
                null);
        assertThat(recipients(created.bulkSend())).containsOnlyKeys("+56961118001", "+5491155558004");
    }

    @Test
    void whoRepliedLatelyIsReadFromTheirWhatsAppIdWhateverItsSpelling() {
        customer("F", "Fabiola Fuentes", "+52 81 7157 3318", List.of(), 45, "30000");
        // Mexican mobiles still write from WhatsApp ids with the old "1" after the country code
        messages.writes(
                data.channel("106540352242922", "audience-secret", "EAAG-token", "verify"),
                "5218171573318",
                "Fabiola",
                "¿Cuánto debo?",
                java.time.Instant.now());

        Audience replied = new Audience(30, null, null, null, true, 7);
        Audience silent = new Audience(30, null, null, null, false, 7);
        assertThat(bulkSends.firstOf(data.workspace(), replied, 10))
                .extracting(m -> m.name())
                .containsExactly("Fabiola Fuentes");
        assertThat(bulkSends.audienceSize(data.workspace(), silent)).isEqualTo(2); // Ana, Dani
    }

    @Test
    void aCustomerWhoPaysBeforeTheirTurnIsSkippedAndTheOthersAreSent() {
        TemplateRequest bound = new TemplateRequest(
                "aviso_saldo",
                "es",
                tools.jackson.databind.json.JsonMapper.builder()
                        .build()
                        .readTree("[{\"bind\":\"customer.name\"},{\"bind\":\"customer.balance\"}]"),
                null,
                null);
        CreatedBulkSend created = bulkSends.create(
                data.workspace(),
                new BulkSendRequest("Vencidos", bound, null, overdue(30, null, null, null), null),
                null);
        payments.record(
                data.workspace(),
                new PaymentInput("P-A", null, "A", List.of("I-A"), new BigDecimal("45000"), "CLP", today, null, null));

        dispatcher.pass();
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(bulkSends
                                .get(data.workspace(), created.bulkSend().id())
                                .counts()
                                .sent())
                        .isEqualTo(1));

        assertThat(recipients(created.bulkSend())).containsEntry("+56961118001", "skipped:paid_before");
        assertThat(graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)).withRequestBody(containing("Dani Díaz"))))
                .hasSize(1);
        assertThat(graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))
                        .withRequestBody(containing("5491155558004").or(containing("541155558004")))))
                .hasSize(1);
        assertThat(graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)).withRequestBody(containing("56961118001"))))
                .isEmpty();
    }

    @Test
    void aCsvGivesEachRecipientItsOwnValuesAndReportsWhatItLeftOut() {
        String csv = "telefono;nombre;saldo\n+56 9 6111 8101;Ana;$1.000\nno sirve;Malo;$2\n56961118101;Repetida;$3\n"
                + ";Sin número;$4\n";
        CreatedBulkSend created = bulkSends.createFromCsv(
                data.workspace(),
                "Desde CSV",
                REMINDER,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                null,
                null);

        assertThat(created.accepted()).isEqualTo(1);
        assertThat(created.duplicates()).isEqualTo(1);
        assertThat(created.rejectedCount()).isEqualTo(2);
        assertThat(created.rejected())
                .extracting(CreatedBulkSend.Rejected::row, CreatedBulkSend.Rejected::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "not a phone number"),
                        org.assertj.core.groups.Tuple.tuple(5L, "missing phone"));

        dispatcher.pass();
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))))
                        .hasSize(1));
        String sent =
                graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))).get(0).getBodyAsString();
        assertThat(sent).contains("\"Ana\"", "$1.000", "56961118101");
    }

    @Test
    void aCsvWithoutAPhoneColumnIsRefusedAndNothingIsCreated() {
        assertThatThrownBy(() -> bulkSends.createFromCsv(
                        data.workspace(),
                        "Sin columna",
                        REMINDER,
                        new ByteArrayInputStream("nombre,saldo\nAna,1\n".getBytes(StandardCharsets.UTF_8)),
                        null,
                        null))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("phone column");
        assertThat(data.count("bulk_send")).isZero();
    }
}
