package io.conversa.whatsapp;

import static io.conversa.whatsapp.WhatsAppTestSupport.APP_SECRET;
import static io.conversa.whatsapp.WhatsAppTestSupport.deliver;
import static io.conversa.whatsapp.WhatsAppTestSupport.envelope;
import static io.conversa.whatsapp.WhatsAppTestSupport.status;
import static io.conversa.whatsapp.WhatsAppTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.conversa.receivables.CustomerInput;
import io.conversa.receivables.Customers;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import io.conversa.whatsapp.internal.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The signed webhook through to the inbox, on PostgreSQL. */
@IntegrationTest
class WebhookTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Customers customers;

    String token;

    @BeforeEach
    void setUp() {
        data.clearInbox();
        data.clearReceivables();
        data.channel(
                WhatsAppTestSupport.PHONE_NUMBER_ID,
                APP_SECRET,
                WhatsAppTestSupport.ACCESS_TOKEN,
                WhatsAppTestSupport.VERIFY_TOKEN);
        token = data.apiToken();
    }

    @Test
    void verificationHandshakeAnswersTheChallengeOnlyForAKnownToken() throws Exception {
        mvc.perform(get("/webhooks/whatsapp")
                        .param("hub.mode", "subscribe")
                        .param("hub.verify_token", WhatsAppTestSupport.VERIFY_TOKEN)
                        .param("hub.challenge", "1158201444"))
                .andExpect(status().isOk())
                .andExpect(content().string("1158201444"));
        mvc.perform(get("/webhooks/whatsapp")
                        .param("hub.mode", "subscribe")
                        .param("hub.verify_token", "nope")
                        .param("hub.challenge", "1158201444"))
                .andExpect(status().isForbidden());
    }

    @Test
    void unsignedOrForgedDeliveriesAreRefusedAndStoreNothing() throws Exception {
        byte[] body =
                text("56987654321", "Ana", "wamid.A1", Instant.now(), "Hola").getBytes(StandardCharsets.UTF_8);
        String good = "sha256=" + WebhookSignature.sign(body, APP_SECRET);
        byte[] tampered = body.clone();
        tampered[tampered.length - 10] ^= 1;

        post(body, null).andExpect(status().isUnauthorized());
        post(body, "sha256=" + WebhookSignature.sign(body, "another-secret")).andExpect(status().isUnauthorized());
        post(tampered, good).andExpect(status().isUnauthorized());
        post(body, good.toUpperCase().replace("SHA256=", "sha1=")).andExpect(status().isUnauthorized());

        assertThat(data.count("webhook_delivery")).isZero();
        assertThat(data.count("message")).isZero();
        post(body, good).andExpect(status().isOk());
        assertThat(data.count("message")).isEqualTo(1);
    }

    @Test
    void aTextOpensTheConversationAndTheWindowAndARedeliveryChangesNothing() throws Exception {
        Instant sentAt = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
        String delivery = text(
                "56987654321", "Ana Pérez", "wamid.HBgLNTY5ODc2NTQzMjEVAgASGBQzQTc", sentAt, "Hola, ¿cuánto debo?");
        deliver(mvc, delivery).andExpect(status().isOk());
        deliver(mvc, delivery).andExpect(status().isOk());

        mvc.perform(get("/api/v1/conversations").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].status").value("open"))
                .andExpect(jsonPath("$.items[0].waId").value("56987654321"))
                .andExpect(jsonPath("$.items[0].contactName").value("Ana Pérez"))
                .andExpect(jsonPath("$.items[0].unreadCount").value(1))
                .andExpect(jsonPath("$.items[0].windowExpiresAt")
                        .value(sentAt.plus(Duration.ofHours(24)).toString()));
        assertThat(data.count("message")).isEqualTo(1);
        assertThat(data.count("webhook_delivery WHERE outcome = 'stored'")).isEqualTo(2);
    }

    @Test
    void aNewContactIsLinkedToTheCustomerWithThatPhone() throws Exception {
        customers.upsert(
                data.workspace(), new CustomerInput("C-1", "Ferretería Sur", null, "9 8765 4321", null, List.of()));
        deliver(mvc, text("56987654321", "Ana", "wamid.L1", Instant.now(), "Hola"))
                .andExpect(status().isOk());
        String customerId = jdbc.sql("SELECT CAST(id AS VARCHAR) FROM customer")
                .query(String.class)
                .single();
        mvc.perform(get("/api/v1/conversations")
                        .param("phone", "+56 9 8765 4321")
                        .header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.items[0].customerId").value(customerId));
    }

    @Test
    void aClosedConversationReopensWhenTheCustomerWrites() throws Exception {
        deliver(mvc, text("56911112222", "Ana", "wamid.R1", Instant.now(), "Hola"))
                .andExpect(status().isOk());
        jdbc.sql("UPDATE conversation SET status = 'closed'").update();
        deliver(mvc, text("56911112222", "Ana", "wamid.R2", Instant.now(), "¿Sigue ahí?"))
                .andExpect(status().isOk());
        assertThat(data.count("conversation WHERE status = 'open'")).isEqualTo(1);
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedButArchived() throws Exception {
        byte[] body = "not json at all".getBytes(StandardCharsets.UTF_8);
        post(body, "sha256=" + WebhookSignature.sign(body, APP_SECRET)).andExpect(status().isBadRequest());
        assertThat(data.count("webhook_delivery WHERE outcome = 'not_json'")).isEqualTo(1);
    }

    @Test
    void aStatusForAnUnknownMessageIsKeptAndAnswered200() throws Exception {
        deliver(mvc, status("wamid.UNKNOWN1", "delivered", Instant.now(), "56987654321"))
                .andExpect(status().isOk());
        assertThat(data.count("orphan_status WHERE wa_message_id = 'wamid.UNKNOWN1'"))
                .isEqualTo(1);
    }

    @Test
    void templateStatusUpdatesAndUnknownNumbersAreArchived() throws Exception {
        String template = """
                {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","time":1700000000,
                "changes":[{"field":"message_template_status_update","value":{"event":"APPROVED",
                "message_template_id":594425479261596,"message_template_name":"recordatorio_pago",
                "message_template_language":"es","reason":"NONE"}}]}]}""";
        deliver(mvc, template).andExpect(status().isOk());
        deliver(
                        mvc,
                        text("56987654321", "Ana", "wamid.X", Instant.now(), "Hola")
                                .replace(WhatsAppTestSupport.PHONE_NUMBER_ID, "999999"))
                .andExpect(status().isOk());
        assertThat(data.count("webhook_delivery WHERE outcome = 'stored_with_notes'"))
                .isEqualTo(2);
        assertThat(data.count("message")).isZero();
    }

    @Test
    void severalMessagesInOneDeliveryAreAllStored() throws Exception {
        long now = Instant.now().getEpochSecond();
        String many = envelope("""
                "contacts":[{"profile":{"name":"Ana"},"wa_id":"56911110001"},{"profile":{"name":"Beto"},"wa_id":"56911110002"}],
                "messages":[{"from":"56911110001","id":"wamid.M1","timestamp":"%d","type":"text","text":{"body":"uno"}},
                {"from":"56911110002","id":"wamid.M2","timestamp":"%d","type":"text","text":{"body":"dos"}},
                {"from":"56911110001","id":"wamid.M3","timestamp":"%d","type":"location",
                 "location":{"latitude":-33.4372,"longitude":-70.6506,"name":"Oficina"}}]""".formatted(now, now, now));
        deliver(mvc, many).andExpect(status().isOk());
        assertThat(data.count("message")).isEqualTo(3);
        assertThat(data.count("conversation")).isEqualTo(2);
        assertThat(data.count("message WHERE type = 'location' AND latitude = -33.4372"))
                .isEqualTo(1);
    }

    private org.springframework.test.web.servlet.ResultActions post(byte[] body, String signature) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/webhooks/whatsapp")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return mvc.perform(request);
    }
}
