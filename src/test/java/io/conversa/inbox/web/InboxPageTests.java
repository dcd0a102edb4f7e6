package io.conversa.inbox.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.conversa.identity.Role;
import io.conversa.identity.TestLogins;
import io.conversa.inbox.Inbox;
import io.conversa.settings.ChannelView;
import io.conversa.support.CustomerMessages;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Conversaciones as an agent's browser uses it: the page, its fragments and its actions. */
@IntegrationTest
class InboxPageTests {

    private static final String HOSTILE = "<script>alert(1)</script><b>negrita</b>";

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

    MockHttpSession agent;
    ChannelView channel;

    @BeforeEach
    void setUp() throws Exception {
        data.clearInbox();
        channel = data.channel("106540352242922", "page-secret", "page-token", "page-verify");
        agent = TestLogins.login(mvc, data.user(Role.AGENT));
    }

    UUID customerWrites(String waId, String name, String text, Instant at) {
        return messages.writes(channel, waId, name, text, at);
    }

    @Test
    void userTextIsShownAsTextInTheListTheThreadAndTheHeader() throws Exception {
        UUID id = customerWrites("56911110001", HOSTILE, HOSTILE, Instant.now());

        for (String path : List.of("/conversations", "/conversations/" + id, "/conversations/" + id + "/thread")) {
            mvc.perform(get(path).session(agent))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                    .andExpect(content().string(not(containsString("<b>negrita</b>"))))
                    .andExpect(content().string(not(containsString("<script>alert(1)"))));
        }
    }

    @Test
    void aContactWithoutANameIsShownByItsNumberAsPeopleReadIt() throws Exception {
        UUID id = customerWrites("56961110002", null, "hola", Instant.now());

        for (String path : List.of("/conversations", "/conversations/" + id)) {
            mvc.perform(get(path).session(agent))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("+56 9 6111 0002")));
        }
    }

    @Test
    void aLongListEndsWithTheLinkToItsNextPageAndThatPageContinuesIt() throws Exception {
        Instant start = Instant.now().minusSeconds(3600);
        for (int i = 0; i < 45; i++) {
            customerWrites(
                    String.format("5696112%04d", i), String.format("Cliente %02d", i), "hola", start.plusSeconds(i));
        }

        String first = mvc.perform(get("/conversations").param("unread", "true").session(agent))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.util.regex.Matcher more = java.util.regex.Pattern.compile(
                        "class=\"conversation-more\"[^>]*hx-get=\"([^\"]+)\"")
                .matcher(first);
        assertThat(more.find()).as("a link to the next page").isTrue();
        String next = more.group(1).replace("&amp;", "&");
        assertThat(next).contains("cursor=").contains("unread=true");
        assertThat(first).contains("Cliente 44").doesNotContain("Cliente 04<");

        mvc.perform(get(next).session(agent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cliente 04")))
                .andExpect(content().string(not(containsString("Cliente 44"))));
    }

    @Test
    void openingAConversationMarksItRead() throws Exception {
        UUID id = customerWrites("56911110002", "Ana", "Hola", Instant.now());
        assertThat(unread(id)).isEqualTo(1);

        mvc.perform(get("/conversations/" + id).session(agent)).andExpect(status().isOk());

        assertThat(unread(id)).isZero();
    }

    @Test
    void anUnknownConversationIsNotFound() throws Exception {
        mvc.perform(get("/conversations/" + UUID.randomUUID()).session(agent)).andExpect(status().isNotFound());
        mvc.perform(get("/conversations/" + UUID.randomUUID() + "/view").session(agent))
                .andExpect(status().isNotFound());
    }

    @Test
    void insideTheWindowTheComposerWritesFreeTextOutsideItOffersTemplates() throws Exception {
        UUID recent = customerWrites("56911110003", "Reciente", "Hola", Instant.now());
        UUID old =
                customerWrites("56911110004", "Antigua", "Hola", Instant.now().minus(Duration.ofHours(30)));

        mvc.perform(get("/conversations/" + recent).session(agent))
                .andExpect(content().string(containsString("id=\"composer-text\"")))
                .andExpect(content().string(containsString("La ventana de 24 h cierra en")));
        mvc.perform(get("/conversations/" + old).session(agent))
                .andExpect(content().string(not(containsString("id=\"composer-text\""))))
                .andExpect(content().string(containsString("Ventana de 24 h cerrada")));
    }

    @Test
    void freeTextOutsideTheWindowIsRefusedWithTheReasonAndNothingIsStored() throws Exception {
        UUID old =
                customerWrites("56911110005", "Antigua", "Hola", Instant.now().minus(Duration.ofHours(30)));

        mvc.perform(post("/conversations/" + old + "/messages")
                        .param("text", "¿Sigue ahí?")
                        .session(agent)
                        .with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("ventana de 24 horas")));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM message WHERE conversation_id = ? AND direction = 'outbound'")
                        .param(old)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void actionsChangeTheConversationAndTellThePageToRedraw() throws Exception {
        UUID id = customerWrites("56911110006", "Ana", "Hola", Instant.now());

        mvc.perform(post("/conversations/" + id + "/priority")
                        .param("priority", "urgent")
                        .session(agent)
                        .with(csrf()))
                .andExpect(status().isNoContent())
                .andExpect(header().string("HX-Trigger", "conversa:changed"));
        mvc.perform(post("/conversations/" + id + "/tags")
                        .param("tags", "Promesa, disputa ,promesa")
                        .session(agent)
                        .with(csrf()))
                .andExpect(status().isNoContent());

        assertThat(jdbc.sql("SELECT priority FROM conversation WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("urgent");
        assertThat(jdbc.sql("SELECT tag FROM conversation_tag WHERE conversation_id = ? ORDER BY tag")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("disputa", "promesa");
        mvc.perform(get("/conversations/list").param("priority", "urgent").session(agent))
                .andExpect(content().string(containsString("Ana")));
        mvc.perform(get("/conversations/list").param("tag", "otra").session(agent))
                .andExpect(content().string(not(containsString("Ana"))));
    }

    @Test
    void aRefusedActionSaysWhyEscapedAndChangesNothing() throws Exception {
        UUID id = customerWrites("56911110007", "Ana", "Hola", Instant.now());
        String longTag = "<i>" + "x".repeat(60);

        mvc.perform(post("/conversations/" + id + "/tags")
                        .param("tags", "buena, " + longTag)
                        .session(agent)
                        .with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(not(containsString("<i>"))));
        mvc.perform(post("/conversations/" + id + "/snooze")
                        .param("until", "2001-01-01T10:00")
                        .session(agent)
                        .with(csrf()))
                .andExpect(status().isUnprocessableEntity());

        assertThat(jdbc.sql("SELECT COUNT(*) FROM conversation_tag")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT snoozed_until IS NULL FROM conversation WHERE id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void actionsNeedTheCsrfToken() throws Exception {
        UUID id = customerWrites("56911110008", "Ana", "Hola", Instant.now());

        mvc.perform(post("/conversations/" + id + "/status")
                        .param("status", "closed")
                        .session(agent))
                .andExpect(status().isForbidden());

        assertThat(jdbc.sql("SELECT status FROM conversation WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("open");
    }

    @Test
    void signedOutVisitorsGoToTheLoginPage() throws Exception {
        mvc.perform(get("/conversations")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/conversations/list")).andExpect(status().is3xxRedirection());
    }

    private int unread(UUID id) {
        return jdbc.sql("SELECT unread_count FROM conversation WHERE id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }
}
