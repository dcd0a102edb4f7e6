package io.conversa.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.conversa.core.WorkspaceId;
import io.conversa.identity.Role;
import io.conversa.identity.TestLogins;
import io.conversa.identity.Users;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Configuración → Respuestas rápidas and the composer's JSON, as a signed-in agent uses them. */
@IntegrationTest
class CannedRepliesPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CannedReplies replies;

    @Autowired
    Users users;

    WorkspaceId workspace;
    MockHttpSession agent;

    @BeforeEach
    void setUp() throws Exception {
        CannedReplyFixtures.clearReplies(jdbc);
        workspace = data.workspace();
        agent = TestLogins.login(mvc, data.user(Role.AGENT));
    }

    UUID reply(String shortcut, String title, String text) {
        return replies.create(workspace, null, new CannedReplyInput(shortcut, title, text))
                .id();
    }

    @Test
    void anAgentCreatesEditsAndDeletesReplies() throws Exception {
        mvc.perform(get("/canned-replies").session(agent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aún no hay respuestas rápidas")))
                .andExpect(content().string(containsString("{{facturas_vencidas}}")))
                .andExpect(content().string(not(containsString("/settings/users"))))
                .andExpect(content().string(containsString("app-nav-item is-active\" href=\"/canned-replies\"")));

        mvc.perform(post("/canned-replies")
                        .session(agent)
                        .with(csrf())
                        .param("shortcut", "/saldo")
                        .param("title", "Saldo pendiente")
                        .param("text", "Hola {{nombre}}, su saldo es {{saldo}}."))
                .andExpect(redirectedUrl("/canned-replies"))
                .andExpect(flash().attribute("flash", "replies.created"));
        UUID id = replies.list(workspace, null).get(0).id();
        mvc.perform(get("/canned-replies").session(agent))
                .andExpect(content().string(containsString("/saldo")))
                .andExpect(content().string(containsString("Saldo pendiente")));

        mvc.perform(get("/canned-replies/{id}/edit", id).session(agent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"saldo\"")));
        mvc.perform(post("/canned-replies/{id}", id)
                        .session(agent)
                        .with(csrf())
                        .param("shortcut", "saldo")
                        .param("title", "Saldo al día")
                        .param("text", "Su saldo es {{saldo}}."))
                .andExpect(redirectedUrl("/canned-replies"));
        assertThat(replies.get(workspace, id).title()).isEqualTo("Saldo al día");

        mvc.perform(post("/canned-replies/{id}/delete", id).session(agent).with(csrf()))
                .andExpect(redirectedUrl("/canned-replies"))
                .andExpect(flash().attribute("flash", "replies.deleted"));
        assertThat(data.count("canned_reply")).isZero();
    }

    @Test
    void problemsAreShownInSpanishNextToTheirFields() throws Exception {
        reply("saldo", "Saldo", "Hola");

        mvc.perform(post("/canned-replies")
                        .session(agent)
                        .with(csrf())
                        .param("shortcut", "SALDO")
                        .param("title", "Otro saldo")
                        .param("text", "Debe {{monto}}"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ya hay una respuesta con el atajo /saldo")))
                .andExpect(
                        content().string(containsString("Variables desconocidas: {{monto}}. Se admiten: {{nombre}}")))
                .andExpect(content().string(containsString("Otro saldo")));
        assertThat(data.count("canned_reply")).isEqualTo(1);
    }

    @Test
    void htmlInARepliesTitleAndTextIsShownAsText() throws Exception {
        UUID id = reply("html", "<b>Negrita</b>", "<script>alert('x')</script> Hola {{nombre}}");

        for (String page : new String[] {"/canned-replies", "/canned-replies/" + id + "/edit"}) {
            mvc.perform(get(page).session(agent))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("&lt;script&gt;alert(")))
                    .andExpect(content().string(not(containsString("<script>alert"))))
                    .andExpect(content().string(not(containsString("<b>Negrita"))));
        }
    }

    @Test
    void formsAndExpansionNeedTheCsrfToken() throws Exception {
        UUID id = reply("saldo", "Saldo", "Hola {{nombre}}");

        mvc.perform(post("/canned-replies")
                        .session(agent)
                        .param("shortcut", "nueva")
                        .param("title", "Nueva")
                        .param("text", "Hola"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/canned-replies/{id}", id)
                        .session(agent)
                        .param("shortcut", "saldo")
                        .param("title", "Cambiada")
                        .param("text", "Hola"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/canned-replies/{id}/delete", id).session(agent)).andExpect(status().isForbidden());
        mvc.perform(post("/canned-replies/{id}/expand", id)
                        .session(agent)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());

        assertThat(replies.list(workspace, null))
                .singleElement()
                .satisfies(r -> assertThat(r.title()).isEqualTo("Saldo"));
    }

    @Test
    void theComposerGetsSuggestionsAndTheExpandedText() throws Exception {
        reply("gracias", "Gracias", "Gracias");
        UUID saldo = reply("saldo", "Saldo", "Hola {{nombre}}, su saldo es {{saldo}}. {{agente}}");
        reply("saludo", "Saludo", "Hola");

        mvc.perform(get("/canned-replies.json").param("q", "/sal").session(agent))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value(saldo.toString()))
                .andExpect(jsonPath("$[0].shortcut").value("saldo"))
                .andExpect(jsonPath("$[0].title").value("Saldo"))
                .andExpect(jsonPath("$[0].text").value("Hola {{nombre}}, su saldo es {{saldo}}. {{agente}}"))
                .andExpect(jsonPath("$[1].shortcut").value("saludo"));
        mvc.perform(get("/canned-replies.json").session(agent))
                .andExpect(jsonPath("$.length()").value(3));

        mvc.perform(post("/canned-replies/{id}/expand", saldo)
                        .session(agent)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":null,\"contactName\":\"Pedro\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("Hola Pedro, su saldo es [saldo]. Test AGENT"))
                .andExpect(jsonPath("$.missing.length()").value(1))
                .andExpect(jsonPath("$.missing[0]").value("saldo"));
        mvc.perform(post("/canned-replies/{id}/expand", saldo).session(agent).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("Hola cliente, su saldo es [saldo]. Test AGENT"))
                .andExpect(jsonPath("$.missing[0]").value("nombre"));
        mvc.perform(post("/canned-replies/{id}/expand", saldo)
                        .session(agent)
                        .with(csrf())
                        .param("customerId", "not-a-uuid"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anotherWorkspaceSeesNoneOfThemAndGets404() throws Exception {
        UUID id = reply("saldo", "Saldo", "Hola {{nombre}}");
        WorkspaceId other = CannedReplyFixtures.otherWorkspace(jdbc);
        String email = "agent-" + UUID.randomUUID() + "@otra.test";
        users.create(other, email, "Agente de otra empresa", TestData.PASSWORD, Role.AGENT);
        MockHttpSession stranger = TestLogins.login(mvc, email);

        mvc.perform(get("/canned-replies").session(stranger))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/saldo"))));
        mvc.perform(get("/canned-replies.json").session(stranger))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/canned-replies/{id}/edit", id).session(stranger)).andExpect(status().isNotFound());
        mvc.perform(post("/canned-replies/{id}", id)
                        .session(stranger)
                        .with(csrf())
                        .param("shortcut", "saldo")
                        .param("title", "Robada")
                        .param("text", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/canned-replies/{id}/delete", id).session(stranger).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/canned-replies/{id}/expand", id)
                        .session(stranger)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(replies.get(workspace, id).title()).isEqualTo("Saldo");
    }

    @Test
    void signedOutVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/canned-replies")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/canned-replies.json")).andExpect(redirectedUrl("/login"));
    }
}
