package io.conversa.replies;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/canned-replies} with a bearer token. */
@IntegrationTest
class CannedReplyApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    String token;

    @BeforeEach
    void setUp() {
        CannedReplyFixtures.clearReplies(jdbc);
        token = data.apiToken();
    }

    ResultActions send(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    ResultActions call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token));
    }

    @Test
    void repliesAreCreatedListedChangedAndDeleted() throws Exception {
        String created = send(post("/api/v1/canned-replies"), """
                        {"shortcut":"/saldo","title":"Saldo","text":"Hola {{nombre}}"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.shortcut").value("saldo"))
                .andExpect(jsonPath("$.createdBy").isEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = json.readTree(created).path("id").asString();

        call(get("/api/v1/canned-replies").param("q", "sal"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].text").value("Hola {{nombre}}"));
        send(put("/api/v1/canned-replies/{id}", id), """
                        {"shortcut":"saldo","title":"Saldo pendiente","text":"Hola"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Saldo pendiente"));
        call(delete("/api/v1/canned-replies/{id}", id)).andExpect(status().isNoContent());
        call(get("/api/v1/canned-replies/{id}", id)).andExpect(status().isNotFound());
    }

    @Test
    void problemsAnswerProblemDetailsWithTheirFields() throws Exception {
        send(post("/api/v1/canned-replies"), """
                        {"shortcut":"saldo","title":"Saldo","text":"Hola"}""").andExpect(status().isCreated());

        send(post("/api/v1/canned-replies"), """
                        {"shortcut":"saldo","title":"Otro","text":"Hola"}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("shortcut"))
                .andExpect(
                        jsonPath("$.errors[0].message").value("Ya hay una respuesta con el atajo /saldo: elige otro."));
        send(post("/api/v1/canned-replies"), """
                        {"shortcut":"s","title":"","text":"{{monto}}"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[2].field").value("text"));
    }

    @Test
    void withoutATokenTheApiAnswers401() throws Exception {
        mvc.perform(get("/api/v1/canned-replies")).andExpect(status().isUnauthorized());
    }
}
