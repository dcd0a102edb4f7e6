package io.conversa.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.conversa.identity.Role;
import io.conversa.identity.TestLogins;
import io.conversa.support.CustomerMessages;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The customer panel's bulk-send part: an agent sees a contact's opt-out, sets it and undoes it. */
@IntegrationTest
class OptOutPanelTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    CustomerMessages messages;

    @Autowired
    OptOuts optOuts;

    @Autowired
    JdbcClient jdbc;

    MockHttpSession agent;
    UUID conversation;

    @BeforeEach
    void setUp() throws Exception {
        data.clearInbox();
        jdbc.sql("DELETE FROM contact_opt_out").update();
        var channel = data.channel("106540352242922", "panel-secret", "panel-token", "panel-verify");
        conversation = messages.writes(channel, "5218171573318", "Fabiola", "STOP", Instant.now());
        agent = TestLogins.login(mvc, data.user(Role.AGENT));
    }

    @Test
    void aContactWhoWroteStopShowsAsOptedOutAndAnAgentCanUndoAndRedoIt() throws Exception {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> optOuts.find(data.workspace(), "+528171573318").isPresent());

        mvc.perform(get("/conversations/" + conversation + "/opt-out").session(agent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pidió la baja")))
                .andExpect(content().string(containsString("Escribió «STOP»")));

        mvc.perform(post("/conversations/" + conversation + "/opt-out/undo")
                        .session(agent)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Recibe envíos masivos")));
        assertThat(optOuts.find(data.workspace(), "+52 81 7157 3318")).isEmpty();

        mvc.perform(post("/conversations/" + conversation + "/opt-out")
                        .session(agent)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Marcada por")))
                .andExpect(content().string(not(containsString("Marcar baja"))));
        assertThat(optOuts.find(data.workspace(), "+528171573318").orElseThrow().source())
                .isEqualTo("agent");
    }

    @Test
    void anUnknownConversationIsNotFoundAndWithoutLoginNothingChanges() throws Exception {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> optOuts.find(data.workspace(), "+528171573318").isPresent());

        mvc.perform(get("/conversations/" + UUID.randomUUID() + "/opt-out").session(agent))
                .andExpect(status().isNotFound());
        mvc.perform(post("/conversations/" + conversation + "/opt-out/undo").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(optOuts.find(data.workspace(), "+528171573318")).isPresent();
    }
}
