package io.conversa.inbox.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.conversa.inbox.Inbox;
import io.conversa.settings.ChannelView;
import io.conversa.support.CustomerMessages;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The conversations API: filters, search, keyset pages, the PATCH of an agent's changes, notes, and its walls. */
@IntegrationTest
class ConversationApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Inbox inbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CustomerMessages messages;

    @Autowired
    JsonMapper json;

    String token;
    ChannelView channel;

    @BeforeEach
    void setUp() {
        data.clearInbox();
        channel = data.channel("106540352242922", "api-secret", "api-token", "api-verify");
        token = data.apiToken();
    }

    ResultActions call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token));
    }

    ResultActions patchJson(UUID id, String body) throws Exception {
        return call(patch("/api/v1/conversations/" + id)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    UUID writes(String waId, String name, String text) {
        return messages.writes(channel, waId, name, text, Instant.now());
    }

    /** The contact names the list answers for these query parameters ({@code "status=open&q=x"}, unencoded). */
    List<String> names(String query) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/conversations");
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            request.param(kv[0], kv[1]);
        }
        String body = call(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> names = new ArrayList<>();
        json.readTree(body)
                .get("items")
                .forEach(item -> names.add(item.get("contactName").asString()));
        return names;
    }

    @Test
    void filtersNarrowTheListAndSearchFindsNamesNumbersAndMessageText() throws Exception {
        UUID ana = writes("56911112001", "Ana Pérez", "Ya pagué la factura F-1023");
        UUID beto = writes("56911112002", "Beto Soto", "¿Cuánto debo?");
        UUID caro = writes("56911112003", "Caro 100%_real", "hola");
        patchJson(ana, "{\"priority\":\"urgent\",\"tags\":[\"promesa\"]}").andExpect(status().isOk());
        patchJson(beto, "{\"status\":\"closed\"}").andExpect(status().isOk());
        inbox.markRead(data.workspace(), caro);

        assertThat(names("status=open")).containsExactly("Ana Pérez", "Caro 100%_real");
        assertThat(names("status=closed")).containsExactly("Beto Soto");
        assertThat(names("status=all&priority=urgent")).containsExactly("Ana Pérez");
        assertThat(names("status=all&tag=promesa")).containsExactly("Ana Pérez");
        assertThat(names("status=all&unread=true")).containsExactlyInAnyOrder("Ana Pérez", "Beto Soto");
        assertThat(names("status=all&linked=true")).isEmpty();
        assertThat(names("status=all&q=pérez")).containsExactly("Ana Pérez");
        assertThat(names("status=all&q=112002")).containsExactly("Beto Soto");
        assertThat(names("status=all&q=F-1023")).containsExactly("Ana Pérez");
        assertThat(names("status=all&q=CUÁNTO")).containsExactly("Beto Soto");
        assertThat(names("status=all&q=100%_")).containsExactly("Caro 100%_real");
        assertThat(names("status=all&q=%")).containsExactly("Caro 100%_real"); // % is literal, not "anything"
    }

    @Test
    void aWordCommonInMessagesFindsTheSameConversationsAsARareOne() throws Exception {
        UUID busy = writes("56911118001", "Muchos mensajes", "primera cuota");
        writes("56911118002", "Un mensaje", "¿puedo pagar la cuota?");
        writes("56911118003", "Otro tema", "hola");
        jdbc.sql("""
                        INSERT INTO message (id, workspace_id, conversation_id, channel_id, direction, type, text,
                            status, attempts, occurred_at, created_at, version)
                        SELECT gen_random_uuid(), workspace_id, id, channel_id, 'inbound', 'text',
                               'la cuota número ' || x, 'received', 0, now(), now(), 0
                          FROM conversation, generate_series(1, 2100) x WHERE id = ?""").param(busy).update();
        jdbc.sql("ANALYZE message").update(); // the search reads how common a word is from the planner's estimate

        assertThat(names("status=all&q=cuota")).containsExactlyInAnyOrder("Muchos mensajes", "Un mensaje");
        assertThat(names("status=all&q=otro tema")).containsExactly("Otro tema");
        assertThat(names("status=all&q=número 2099")).containsExactly("Muchos mensajes");
    }

    @Test
    void aConversationFoundByItsContactAndItsMessagesIsListedAndCountedOnce() throws Exception {
        writes("56911119001", "Rosa Mora", "Soy Rosa, ¿puedo pagar mañana?");
        writes("56911119002", "Pedro Rosales", "hola");
        writes("56911119003", "Juan", "le escribe la señora Rosa");

        assertThat(names("status=all&q=rosa")).containsExactlyInAnyOrder("Rosa Mora", "Pedro Rosales", "Juan");
        call(get("/api/v1/conversations/counts").param("q", "rosa"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.all").value(3))
                .andExpect(jsonPath("$.open").value(3));
    }

    @Test
    void urgentComeFirstAndKeysetPagesVisitEveryConversationOnceInOrder() throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(writes("5691111300" + i, "Contacto " + i, "mensaje " + i));
        }
        // two share the same last message time: the id breaks the tie
        Timestamp same = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        jdbc.sql("UPDATE conversation SET last_message_at = ? WHERE id IN (?, ?)")
                .params(same, ids.get(1), ids.get(2))
                .update();
        patchJson(ids.get(6), "{\"priority\":\"high\"}").andExpect(status().isOk());
        patchJson(ids.get(0), "{\"priority\":\"urgent\"}").andExpect(status().isOk());

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = json.readTree(
                    call(get("/api/v1/conversations?status=all&size=2" + (cursor == null ? "" : "&cursor=" + cursor)))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString());
            page.get("items").forEach(item -> seen.add(item.get("contactName").asString()));
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);

        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
        assertThat(seen.subList(0, 2)).containsExactly("Contacto 0", "Contacto 6");
    }

    @Test
    void aCursorThatIsNotOneIsABadRequest() throws Exception {
        call(get("/api/v1/conversations?cursor=not-a-cursor"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cursor"));
    }

    @Test
    void patchChangesEachFieldRecordsOneEventPerChangeAndNullClears() throws Exception {
        UUID id = writes("56911114001", "Ana", "Hola");
        String until = Instant.now().plus(2, ChronoUnit.DAYS).toString();

        patchJson(id, "{\"priority\":\"high\",\"tags\":[\"Disputa\",\"disputa\"],\"snoozedUntil\":\"" + until + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.priority").value("high"))
                .andExpect(jsonPath("$.tags[0]").value("disputa"))
                .andExpect(jsonPath("$.snoozedUntil").isNotEmpty());
        assertThat(events(id)).isEqualTo(3);

        patchJson(id, "{\"priority\":\"high\"}").andExpect(status().isOk()); // no change, no event
        assertThat(events(id)).isEqualTo(3);

        assertThat(names("status=snoozed")).containsExactly("Ana");
        patchJson(id, "{\"status\":\"closed\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("closed"))
                .andExpect(jsonPath("$.snoozedUntil").doesNotExist()); // closing ends the snooze
        assertThat(events(id)).isEqualTo(4);

        patchJson(id, "{\"snoozedUntil\":\"" + until + "\"}").andExpect(status().isOk()); // snoozing reopens
        patchJson(id, "{\"snoozedUntil\":null}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("open"))
                .andExpect(jsonPath("$.snoozedUntil").doesNotExist());
        assertThat(events(id)).isEqualTo(6);
    }

    @Test
    void anInvalidPatchNamesItsFieldsAndChangesNothing() throws Exception {
        UUID id = writes("56911115001", "Ana", "Hola");

        patchJson(id, "{\"priority\":\"urgent\",\"tags\":[\"" + "x".repeat(51) + "\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tags"));
        patchJson(id, "{\"priority\":\"altísima\"}").andExpect(status().isBadRequest());
        patchJson(id, "{\"colour\":\"red\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("colour"));
        patchJson(id, "{\"tags\":\"promesa\"}").andExpect(status().isBadRequest());
        patchJson(id, "{\"snoozedUntil\":\"2001-01-01T00:00:00Z\"}").andExpect(status().isBadRequest());
        patchJson(id, "{\"assigneeId\":\"" + UUID.randomUUID() + "\"}").andExpect(status().isBadRequest());
        patchJson(id, "{\"customerId\":\"" + UUID.randomUUID() + "\"}").andExpect(status().isNotFound());
        patchJson(id, "{}").andExpect(status().isBadRequest());

        call(get("/api/v1/conversations/" + id))
                .andExpect(jsonPath("$.priority").value("normal"))
                .andExpect(jsonPath("$.tags").isEmpty());
        assertThat(events(id)).isZero();
    }

    @Test
    void aCustomerWritingReopensAClosedConversationAndEndsItsSnooze() throws Exception {
        UUID id = writes("56911116001", "Ana", "Hola");
        patchJson(id, "{\"snoozedUntil\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}")
                .andExpect(status().isOk());

        writes("56911116001", "Ana", "¿Hay alguien?");

        call(get("/api/v1/conversations/" + id))
                .andExpect(jsonPath("$.status").value("open"))
                .andExpect(jsonPath("$.snoozedUntil").doesNotExist());
        assertThat(names("status=open")).containsExactly("Ana");
    }

    @Test
    void notesAreInternalAndNeverSent() throws Exception {
        UUID id = writes("56911117001", "Ana", "Hola");

        call(post("/api/v1/conversations/" + id + "/notes")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Llamar el lunes\"}"))
                .andExpect(status().isCreated());
        call(post("/api/v1/conversations/" + id + "/notes")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"   \"}"))
                .andExpect(status().isBadRequest());

        call(get("/api/v1/conversations/" + id + "/messages"))
                .andExpect(jsonPath("$.items[1].direction").value("internal"))
                .andExpect(jsonPath("$.items[1].type").value("note"))
                .andExpect(jsonPath("$.items[1].text").value("Llamar el lunes"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'send-message'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anotherWorkspacesConversationIsInvisibleAndUntouchable() throws Exception {
        UUID otherWorkspace = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO workspace (id, name, default_country, time_zone, currency, locale, created_at)
                        VALUES (?, 'Otra', 'CL', 'America/Santiago', 'CLP', 'es-CL', now())""").param(otherWorkspace).update();
        UUID theirs = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO conversation (id, workspace_id, channel_id, contact_key, wa_id, contact_name,
                            status, priority, priority_rank, unread_count, last_message_at, created_at, updated_at,
                            version)
                        VALUES (?, ?, ?, '56999990000', '56999990000', 'Ajena', 'open', 'normal', 0, 1, now(), now(),
                            now(), 0)""").params(theirs, otherWorkspace, channel.id()).update();

        assertThat(names("status=all")).doesNotContain("Ajena");
        call(get("/api/v1/conversations/" + theirs)).andExpect(status().isNotFound());
        call(get("/api/v1/conversations/" + theirs + "/messages")).andExpect(status().isNotFound());
        patchJson(theirs, "{\"status\":\"closed\"}").andExpect(status().isNotFound());
        call(post("/api/v1/conversations/" + theirs + "/notes")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/conversations")).andExpect(status().isUnauthorized());

        assertThat(jdbc.sql("SELECT status FROM conversation WHERE id = ?")
                        .param(theirs)
                        .query(String.class)
                        .single())
                .isEqualTo("open");
        jdbc.sql("DELETE FROM conversation WHERE id = ?").param(theirs).update();
        jdbc.sql("DELETE FROM workspace WHERE id = ?").param(otherWorkspace).update();
    }

    private long events(UUID conversationId) {
        return jdbc.sql("SELECT COUNT(*) FROM message WHERE conversation_id = ? AND type = 'event'")
                .param(conversationId)
                .query(Long.class)
                .single();
    }
}
