package io.conversa.receivables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class CustomerApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    String token;

    @BeforeEach
    void setUp() {
        data.clearReceivables();
        token = data.apiToken();
    }

    ResultActions postJson(String path, String json) throws Exception {
        return mvc.perform(post(path)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    ResultActions getJson(String path, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).header("Authorization", "Bearer " + token));
    }

    @Test
    void upsertByExternalRefIsIdempotent() throws Exception {
        String json = """
                {"externalRef":"C-1","name":"Ferretería Los Andes SpA","email":"pagos@losandes.cl",
                 "phone":"9 8765 4321","taxId":"76.123.456-0","tags":["VIP","mayorista"]}""";
        postJson("/api/v1/customers", json)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.phone").value("9 8765 4321"))
                .andExpect(jsonPath("$.phoneE164").value("+56987654321"))
                .andExpect(jsonPath("$.tags[0]").value("mayorista"))
                .andExpect(jsonPath("$.tags[1]").value("vip"));
        postJson("/api/v1/customers", json).andExpect(status().isOk());
        postJson("/api/v1/customers", json.replace("Los Andes SpA", "Los Andes Ltda."))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Ferretería Los Andes Ltda."));

        assertThat(data.count("customer")).isEqualTo(1);
        assertThat(data.count("customer_tag")).isEqualTo(2);
    }

    @Test
    void invalidFieldsAnswerProblemDetailsAndStoreNothing() throws Exception {
        postJson("/api/v1/customers", """
                        {"externalRef":"","name":"X","email":"not-an-email","phone":"12"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field", hasItem("externalRef")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("email")));
        postJson("/api/v1/customers", """
                        {"externalRef":"C-2","name":"X","phone":"12"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("phone"));
        assertThat(data.count("customer")).isZero();
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        postJson("/api/v1/customers", "{\"externalRef\": \"C-1\", ")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(data.count("customer")).isZero();
    }

    @Test
    void unknownIdsAreNotFound() throws Exception {
        getJson("/api/v1/customers/{id}", "00000000-0000-0000-0000-000000000000")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        getJson("/api/v1/customers/{id}", "not-a-uuid").andExpect(status().isBadRequest());
        getJson("/api/v1/invoices/{id}", "00000000-0000-0000-0000-000000000000").andExpect(status().isNotFound());
    }

    @Test
    void customerDetailsCarryBalanceOverdueInvoicesAndLastPayment() throws Exception {
        String id = customer("C-9", "+56 9 6543 2109");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Santiago"));
        invoice("I-1", "C-9", today.minusDays(60), today.minusDays(40), "100000");
        invoice("I-2", "C-9", today.minusDays(20), today.plusDays(10), "50000");
        postJson("/api/v1/payments", """
                        {"externalRef":"P-1","customerExternalRef":"C-9","invoiceExternalRefs":["I-1"],
                         "amount":"30000","paidAt":"%s","method":"transferencia"}""".formatted(today)).andExpect(status().isCreated());

        getJson("/api/v1/customers/{id}", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.balance.amount").value("120000"))
                .andExpect(jsonPath("$.balance.currency").value("CLP"))
                .andExpect(jsonPath("$.overdueBalance.amount").value("70000"))
                .andExpect(jsonPath("$.overdueInvoices.length()").value(1))
                .andExpect(jsonPath("$.overdueInvoices[0].overdueDays").value(40))
                .andExpect(jsonPath("$.overdueInvoices[0].balance").value("70000"))
                .andExpect(jsonPath("$.lastPayment.amount").value("30000"));
    }

    @Test
    void paymentRecordedTwiceAppliesOnce() throws Exception {
        customer("C-3", null);
        LocalDate today = LocalDate.now();
        invoice("I-3", "C-3", today.minusDays(10), today.plusDays(20), "1000");
        String payment = """
                {"externalRef":"P-3","customerExternalRef":"C-3","invoiceExternalRefs":["I-3"],
                 "amount":"%s","paidAt":"%s"}""";
        postJson("/api/v1/payments", payment.formatted("400", today)).andExpect(status().isCreated());
        postJson("/api/v1/payments", payment.formatted("400", today)).andExpect(status().isOk());
        getJson("/api/v1/invoices?customerId=" + customerId("C-3"))
                .andExpect(jsonPath("$.items[0].balance").value("600"));

        postJson("/api/v1/payments", payment.formatted("1000", today)).andExpect(status().isOk());
        getJson("/api/v1/invoices?customerId=" + customerId("C-3"))
                .andExpect(jsonPath("$.items[0].balance").value("0"))
                .andExpect(jsonPath("$.items[0].status").value("paid"));
    }

    @Test
    void resendingAnInvoiceWithoutBalanceKeepsThePaymentsAppliedToIt() throws Exception {
        customer("C-7", null);
        LocalDate today = LocalDate.now();
        invoice("I-7", "C-7", today.minusDays(40), today.minusDays(10), "1000");
        postJson("/api/v1/payments", """
                        {"externalRef":"P-7","customerExternalRef":"C-7","invoiceExternalRefs":["I-7"],
                         "amount":"1000","paidAt":"%s"}""".formatted(today)).andExpect(status().isCreated());

        String unchanged = """
                {"externalRef":"I-7","customerExternalRef":"C-7","number":"F-I-7","issueDate":"%s",
                 "dueDate":"%s","amount":"%s"}""";
        postJson("/api/v1/invoices", unchanged.formatted(today.minusDays(40), today.minusDays(10), "1000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.balance").value("0"))
                .andExpect(jsonPath("$.status").value("paid"))
                .andExpect(jsonPath("$.overdueDays").value(0));
        postJson("/api/v1/invoices", unchanged.formatted(today.minusDays(40), today.minusDays(10), "1500"))
                .andExpect(jsonPath("$.balance").value("500"))
                .andExpect(jsonPath("$.status").value("open"));
    }

    @Test
    void contradictoryOrDanglingReferencesAreFieldErrors() throws Exception {
        customer("C-8", null);
        postJson("/api/v1/invoices", """
                        {"externalRef":"I-8","customerExternalRef":"C-8","number":"F-8","issueDate":"2026-01-01",
                         "dueDate":"2026-02-01","amount":"1000","balance":"400","status":"paid"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("balance"));
        postJson("/api/v1/invoices", """
                        {"externalRef":"I-8","customerId":"00000000-0000-0000-0000-000000000001","number":"F-8",
                         "issueDate":"2026-01-01","dueDate":"2026-02-01","amount":"1000"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("customerId"));
        postJson("/api/v1/invoices", """
                        {"externalRef":"I-8","customerExternalRef":"C-8","number":"F-8","issueDate":"2026-01-01",
                         "dueDate":"2026-02-01","amount":"1000","status":"void"}""").andExpect(status().isCreated());
        postJson("/api/v1/payments", """
                        {"externalRef":"P-8","customerExternalRef":"C-8","invoiceExternalRefs":["I-8"],
                         "amount":"100","paidAt":"2026-02-02"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("invoiceExternalRefs"));
        assertThat(data.count("payment")).isZero();
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() throws Exception {
        customer("C-10", null);
        postJson("/api/v1/invoices", """
                        {"externalRef":"I-10","customerExternalRef":"C-10","number":"F-10","issueDate":"2026-01-01",
                         "dueDate":"31/02/2026","amount":"1000"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dueDate"));
        assertThat(data.count("invoice")).isZero();
    }

    @Test
    void invoiceForUnknownCustomerOrWithTooManyDecimalsIsRefused() throws Exception {
        customer("C-4", null);
        postJson("/api/v1/invoices", """
                        {"externalRef":"I-4","customerExternalRef":"NOPE","number":"F-1",
                         "issueDate":"2026-01-01","dueDate":"2026-02-01","amount":"1000"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("customerExternalRef"));
        postJson("/api/v1/invoices", """
                        {"externalRef":"I-4","customerExternalRef":"C-4","number":"F-1",
                         "issueDate":"2026-01-01","dueDate":"2026-02-01","amount":"1000.50","currency":"CLP"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
        postJson("/api/v1/invoices", """
                        {"externalRef":"I-4","customerExternalRef":"C-4","number":"F-1",
                         "issueDate":"2026-01-01","dueDate":"2026-02-01","amount":"1000.50","currency":"MXN"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount").value("1000.50"));
        assertThat(data.count("invoice")).isEqualTo(1);
    }

    @Test
    void searchFindsByNamePhoneAndEmailAndPages() throws Exception {
        customer("C-5", "+52 1 55 1234 5678");
        customer("C-6", "9 8765 1111");
        getJson("/api/v1/customers?query=5512345678")
                .andExpect(jsonPath("$.total").value(1));
        getJson("/api/v1/customers?query=cliente c-6")
                .andExpect(jsonPath("$.items[0].externalRef").value("C-6"));
        getJson("/api/v1/customers?size=1&page=1")
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items.length()").value(1));
        getJson("/api/v1/customers?size=500").andExpect(status().isBadRequest());
    }

    private String customer(String ref, String phone) throws Exception {
        String phoneJson = phone == null ? "" : ",\"phone\":\"" + phone + "\"";
        postJson(
                        "/api/v1/customers",
                        "{\"externalRef\":\"" + ref + "\",\"name\":\"Cliente " + ref + "\",\"email\":\""
                                + ref.toLowerCase() + "@example.cl\"" + phoneJson + "}")
                .andExpect(status().isCreated());
        return customerId(ref);
    }

    private String customerId(String ref) throws Exception {
        String body = getJson("/api/v1/customers?query=" + ref)
                .andReturn()
                .getResponse()
                .getContentAsString();
        return com.jayway.jsonpath.JsonPath.read(body, "$.items[0].id");
    }

    private void invoice(String ref, String customerRef, LocalDate issue, LocalDate due, String amount)
            throws Exception {
        postJson("/api/v1/invoices", """
                        {"externalRef":"%s","customerExternalRef":"%s","number":"F-%s","issueDate":"%s",
                         "dueDate":"%s","amount":"%s"}""".formatted(ref, customerRef, ref, issue, due, amount))
                .andExpect(status().isCreated());
    }
}
