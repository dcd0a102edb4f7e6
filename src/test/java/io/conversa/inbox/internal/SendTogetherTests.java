package io.conversa.inbox.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.conversa.whatsapp.WhatsAppTestSupport.ACCESS_TOKEN;
import static io.conversa.whatsapp.WhatsAppTestSupport.APP_SECRET;
import static io.conversa.whatsapp.WhatsAppTestSupport.PHONE_NUMBER_ID;
import static io.conversa.whatsapp.WhatsAppTestSupport.deliver;
import static io.conversa.whatsapp.WhatsAppTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.conversa.core.DomainException;
import io.conversa.inbox.Inbox;
import io.conversa.inbox.NumberedSend;
import io.conversa.inbox.QueuedMessage;
import io.conversa.inbox.SendRequest;
import io.conversa.receivables.CustomerInput;
import io.conversa.receivables.Customers;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import io.conversa.whatsapp.WhatsAppTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Messages queued together (a bulk send's chunk): one task records their attempts, makes the calls in parallel and
 * records each outcome; a retryable error sends that message again on its own; a refusal stores none of them.
 */
@IntegrationTest
class SendTogetherTests {

    static final String MESSAGES = "/v24.0/" + PHONE_NUMBER_ID + "/messages";
    static final String WA_ID = "56987654321";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WireMockServer graph;

    @Autowired
    Inbox inbox;

    @Autowired
    OutboundSender sender;

    @Autowired
    Customers customers;

    @BeforeEach
    void setUp() throws Exception {
        graph.resetAll();
        data.clearInbox();
        data.channel(PHONE_NUMBER_ID, APP_SECRET, ACCESS_TOKEN, WhatsAppTestSupport.VERIFY_TOKEN);
        // the customer wrote, so free text may be sent to them
        deliver(mvc, text(WA_ID, "Ana", "wamid.IN-" + UUID.randomUUID(), Instant.now(), "Hola"))
                .andExpect(status().isOk());
        graph.stubFor(post(urlPathEqualTo(MESSAGES))
                .willReturn(okJson("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"" + WA_ID
                                + "\",\"wa_id\":\"" + WA_ID
                                + "\"}],\"messages\":[{\"id\":\"wamid.{{randomValue type='UUID'}}\"}]}")
                        .withTransformers("response-template")));
    }

    List<QueuedMessage> sendTogether(String... texts) {
        return inbox.sendToNumbers(
                data.workspace(),
                java.util.Arrays.stream(texts)
                        .map(t -> new NumberedSend("+" + WA_ID, SendRequest.text(t), null))
                        .toList(),
                null);
    }

    String statusOf(UUID messageId) {
        return jdbc.sql("SELECT status FROM message WHERE id = ?")
                .param(messageId)
                .query(String.class)
                .single();
    }

    int callsWith(String text) {
        return graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)).withRequestBody(containing(text)))
                .size();
    }

    @Test
    void eachMessageIsSentOnceAndAThrottledOneIsSentAgainOnItsOwn() {
        graph.stubFor(post(urlPathEqualTo(MESSAGES))
                .withRequestBody(containing("segundo"))
                .inScenario("throttled")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willSetStateTo("recovered")
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"(#130429) Rate limit hit\",\"code\":130429,"
                                + "\"fbtrace_id\":\"x\"}}")));

        List<QueuedMessage> queued = sendTogether("primero", "segundo", "tercero");

        assertThat(queued)
                .extracting(QueuedMessage::conversationId)
                .containsOnly(queued.get(0).conversationId());
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(queued)
                        .extracting(q -> statusOf(q.messageId()))
                        .containsExactly("sent", "sent", "sent"));
        assertThat(callsWith("primero")).isEqualTo(1);
        assertThat(callsWith("segundo")).isEqualTo(2); // throttled once, then sent
        assertThat(callsWith("tercero")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT attempts FROM message WHERE id = ?")
                        .param(queued.get(1).messageId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aRefusalStoresNoneOfTheMessages() {
        long before = data.count("message");

        assertThatThrownBy(() -> inbox.sendToNumbers(
                        data.workspace(),
                        List.of(
                                new NumberedSend("+" + WA_ID, SendRequest.text("hola"), null),
                                new NumberedSend("no es un número", SendRequest.text("hola"), null)),
                        null))
                .isInstanceOf(DomainException.class);

        assertThat(data.count("message")).isEqualTo(before);
        assertThat(graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)))).isEmpty();
    }

    @Test
    void aMessageFoundSendingRanIntoACrashAndIsFlaggedNotResent() throws Exception {
        List<QueuedMessage> queued = sendTogether("antes del corte");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "sent".equals(statusOf(queued.get(0).messageId())));
        UUID interrupted = sendTogether("durante el corte", "después").get(0).messageId();
        await().atMost(Duration.ofSeconds(20)).until(() -> "sent".equals(statusOf(interrupted)));
        // as if the app had stopped after recording the attempt and before recording Meta's answer
        jdbc.sql("UPDATE message SET status = 'sending' WHERE id = ?")
                .param(interrupted)
                .update();
        int calls = graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))).size();

        sender.deliverTogether(List.of(interrupted));

        assertThat(statusOf(interrupted)).isEqualTo("unknown");
        assertThat(graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)))).hasSize(calls);
    }

    @Test
    void aConversationIsLinkedToItsCustomerAndARepeatedKeyStoresOneMessage() {
        // the customer is loaded after the contact first wrote, so the conversation is not linked yet
        data.clearReceivables();
        UUID customerId = customers
                .upsert(
                        data.workspace(),
                        new CustomerInput("SEND-TOGETHER", "Ana Junto", null, "+56 9 8765 4321", null, List.of()))
                .value()
                .id();
        long outboundBefore = data.count("message WHERE direction = 'outbound'");

        List<QueuedMessage> queued = inbox.sendToNumbers(
                data.workspace(),
                List.of(
                        new NumberedSend("+" + WA_ID, SendRequest.text("hola otra vez"), "key-1"),
                        new NumberedSend("9 8765 4321", SendRequest.text("hola otra vez"), "key-1")),
                null);

        assertThat(queued.get(1)).isEqualTo(queued.get(0));
        assertThat(data.count("message WHERE direction = 'outbound'")).isEqualTo(outboundBefore + 1);
        assertThat(inbox.conversation(data.workspace(), queued.get(0).conversationId())
                        .customerId())
                .isEqualTo(customerId);
    }

    @Test
    void freeTextToANumberThatNeverWroteIsRefusedAndOpensNoConversation() {
        long conversationsBefore = data.count("conversation");

        assertThatThrownBy(() -> inbox.sendToNumbers(
                        data.workspace(),
                        List.of(
                                new NumberedSend("+" + WA_ID, SendRequest.text("hola"), null),
                                new NumberedSend("+56 9 6123 4567", SendRequest.text("hola"), null)),
                        null))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("24 hours");

        assertThat(data.count("conversation")).isEqualTo(conversationsBefore);
        assertThat(graph.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)))).isEmpty();
    }
}
