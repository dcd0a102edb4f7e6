package io.conversa.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.conversa.sandbox.internal.SandboxFixtures;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The fake Cloud API's template endpoints: Meta's paging, submission answers and refusals, deletion. */
class SandboxTemplateEndpointsTest {

    static final String TEMPLATES =
            "/sandbox/graph/v24.0/" + SandboxFixtures.BUSINESS_ACCOUNT_ID + "/message_templates";
    static final String BEARER = "Bearer " + SandboxFixtures.ACCESS_TOKEN;
    static final String FIELDS =
            "name,status,category,language,components,parameter_format,quality_score,rejected_reason";

    SandboxFixtures sandbox;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        sandbox = new SandboxFixtures(1, 1);
        mvc = MockMvcBuilders.standaloneSetup(new FakeGraphTemplatesController(sandbox.environment, sandbox.templates))
                .build();
    }

    @AfterEach
    void stop() {
        sandbox.timer.stop();
    }

    @Test
    void listPagesTheCatalogWithAbsoluteNextLinksUntilTheLastPage() throws Exception {
        submit(positional("plan_de_pago", "Hola {{1}}, tu plan de pago quedó listo.", "Ana"))
                .andExpect(status().isOk());

        List<JsonNode> pages = new ArrayList<>();
        JsonNode page = json(mvc.perform(get(TEMPLATES)
                        .param("fields", FIELDS)
                        .param("limit", "100")
                        .header(HttpHeaders.AUTHORIZATION, BEARER))
                .andExpect(status().isOk()));
        pages.add(page);
        while (page.path("paging").has("next")) {
            URI next = URI.create(page.path("paging").path("next").stringValue());
            assertThat(next.isAbsolute()).isTrue();
            var query = UriComponentsBuilder.fromUri(next).build().getQueryParams();
            assertThat(query.getFirst("fields")).isEqualTo(FIELDS);
            assertThat(query.getFirst("limit")).isEqualTo("100");
            assertThat(query.getFirst("after"))
                    .isEqualTo(page.path("paging").path("cursors").path("after").stringValue());
            page = json(mvc.perform(get(next).header(HttpHeaders.AUTHORIZATION, BEARER))
                    .andExpect(status().isOk()));
            pages.add(page);
        }

        List<String> names = new ArrayList<>();
        pages.forEach(p -> p.path("data").forEach(t -> names.add(t.path("name").stringValue())));
        assertThat(pages)
                .hasSize(3)
                .allSatisfy(p -> assertThat(p.path("data").size()).isBetween(1, 2));
        assertThat(names)
                .containsExactly(
                        "recordatorio_pago",
                        "aviso_vencimiento",
                        "pago_recibido",
                        "saldo_pendiente",
                        "link_de_pago",
                        "plan_de_pago");

        JsonNode first = pages.get(0).path("data").path(0);
        assertThat(first.path("id").stringValue()).isEqualTo("1000000000000001");
        assertThat(first.path("status").stringValue()).isEqualTo("APPROVED");
        assertThat(first.path("category").stringValue()).isEqualTo("UTILITY");
        assertThat(first.path("language").stringValue()).isEqualTo("es");
        assertThat(first.path("parameter_format").stringValue()).isEqualTo("POSITIONAL");
        assertThat(first.path("quality_score").path("score").stringValue()).isEqualTo("GREEN");
        assertThat(first.path("components")
                        .path(2)
                        .path("buttons")
                        .path(0)
                        .path("url")
                        .stringValue())
                .isEqualTo("https://pagos.conversa.app/c/{{1}}");
        JsonNode created = pages.get(2).path("data").path(1);
        assertThat(created.path("status").stringValue()).isEqualTo("PENDING");
    }

    @Test
    void listAnswersOnlyTheRequestedFieldsAndTheId() throws Exception {
        mvc.perform(get(TEMPLATES).param("fields", "name,status").header(HttpHeaders.AUTHORIZATION, BEARER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[0].name").value("recordatorio_pago"))
                .andExpect(jsonPath("$.data[0].status").value("APPROVED"))
                .andExpect(jsonPath("$.data[0].id").value("1000000000000001"))
                .andExpect(jsonPath("$.data[0].components").doesNotExist())
                .andExpect(jsonPath("$.paging.next").value(startsWith("http://localhost/sandbox/graph/")));
    }

    @Test
    void aSmallerLimitGivesSmallerPagesAndABadCursorIsRefused() throws Exception {
        mvc.perform(get(TEMPLATES).param("limit", "1").header(HttpHeaders.AUTHORIZATION, BEARER))
                .andExpect(jsonPath("$.data.length()").value(1))
                .andExpect(jsonPath("$.paging.next").exists());
        mvc.perform(get(TEMPLATES).param("after", "not-a-cursor").header(HttpHeaders.AUTHORIZATION, BEARER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.code").value(100));
    }

    @Test
    void theTokenAndTheAccountIdAreChecked() throws Exception {
        mvc.perform(get(TEMPLATES).header(HttpHeaders.AUTHORIZATION, "Bearer wrong"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error.code").value(190));
        mvc.perform(get("/sandbox/graph/v24.0/999/message_templates").header(HttpHeaders.AUTHORIZATION, BEARER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.code").value(100))
                .andExpect(jsonPath("$.error.error_subcode").value(33));
    }

    @Test
    void aValidSubmissionIsPendingAndStored() throws Exception {
        String id = json(submit("""
                        {"name": "plan_de_pago", "language": "es", "category": "utility", "parameter_format": "NAMED",
                         "components": [
                           {"type": "HEADER", "format": "TEXT", "text": "Tu plan de pago"},
                           {"type": "BODY", "text": "Hola {{nombre}}, tu primera cuota es de {{monto}}.",
                            "example": {"body_text_named_params": [{"param_name": "nombre", "example": "Ana"},
                                                                   {"param_name": "monto", "example": "$10.000"}]}},
                           {"type": "FOOTER", "text": "Conversa Cobranzas"},
                           {"type": "buttons", "buttons": [{"type": "QUICK_REPLY", "text": "Acepto"}]}]}""")
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.status").value("PENDING"))
                        .andExpect(jsonPath("$.category").value("UTILITY")))
                .path("id")
                .stringValue();

        assertThat(id).matches("\\d{16,}");
        JsonNode stored = sandbox.templates.find("plan_de_pago", "es").orElseThrow();
        assertThat(stored.path("id").stringValue()).isEqualTo(id);
        assertThat(stored.path("status").stringValue()).isEqualTo("PENDING");
        assertThat(stored.path("parameter_format").stringValue()).isEqualTo("NAMED");
        assertThat(stored.path("components").path(3).path("type").stringValue()).isEqualTo("BUTTONS");
    }

    @Test
    void invalidSubmissionsAreRefusedInMetasShape() throws Exception {
        submit("""
                {"language": "es", "category": "UTILITY", "components": []}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.code").value(100))
                .andExpect(jsonPath("$.error.message").value("(#100) The parameter name is required."));
        submit(positional("Plan De Pago", "Hola {{1}}, listo.", "Ana"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.code").value(100))
                .andExpect(jsonPath("$.error.message").value("Invalid parameter"))
                .andExpect(jsonPath("$.error.error_user_title").value("Nombre de plantilla no válido"))
                .andExpect(jsonPath("$.error.error_user_msg").isNotEmpty());
        submit(positional("plan_de_pago", "Hola {{2}}, listo.", "Ana"))
                .andExpect(jsonPath("$.error.error_user_title").value("Variables fuera de secuencia"));
        submit("""
                {"name": "plan_de_pago", "language": "es", "category": "UTILITY",
                 "components": [{"type": "BODY", "text": "Hola {{1}}, listo."}]}""").andExpect(jsonPath("$.error.error_user_title").value("Faltan ejemplos"));
        submit(positional("plan_de_pago", "{{1}}, tu plan quedó listo.", "Ana"))
                .andExpect(jsonPath("$.error.error_user_title").value("Variable al inicio o al final"));
        submit("""
                {"name": "plan_de_pago", "language": "es", "category": "PROMO",
                 "components": [{"type": "BODY", "text": "Hola"}]}""").andExpect(jsonPath("$.error.error_user_title").value("Categoría no válida"));
        submit("{not json")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.code").value(100));

        assertThat(sandbox.templates.find("plan_de_pago", "es")).isEmpty();
    }

    @Test
    void aNameWithContentInTheLanguageIsRefusedWithSubcode2388024() throws Exception {
        submit(positional("recordatorio_pago", "Hola {{1}}, otro texto.", "Ana"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.code").value(100))
                .andExpect(jsonPath("$.error.error_subcode").value(2388024))
                .andExpect(jsonPath("$.error.error_user_msg").isNotEmpty());

        String otherLanguage = positional("recordatorio_pago", "Hi {{1}}, a reminder.", "Ana")
                .replace("\"language\": \"es\"", "\"language\": \"en_US\"");
        submit(otherLanguage)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"));
    }

    @Test
    void deleteRemovesEveryLanguageOfTheName() throws Exception {
        submit(positional("recordatorio_pago", "Hi {{1}}, a reminder.", "Ana").replace("\"es\"", "\"en_US\""))
                .andExpect(status().isOk());

        mvc.perform(delete(TEMPLATES).param("name", "recordatorio_pago").header(HttpHeaders.AUTHORIZATION, BEARER))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"success\": true}"));

        assertThat(sandbox.templates.find("recordatorio_pago", "es")).isEmpty();
        assertThat(sandbox.templates.find("recordatorio_pago", "en_US")).isEmpty();
        mvc.perform(get(TEMPLATES).param("fields", "name").header(HttpHeaders.AUTHORIZATION, BEARER))
                .andExpect(jsonPath("$.data[0].name").value("aviso_vencimiento"));
    }

    @Test
    void deletingAnUnknownOrUnnamedTemplateIsRefused() throws Exception {
        mvc.perform(delete(TEMPLATES).param("name", "no_existe").header(HttpHeaders.AUTHORIZATION, BEARER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.code").value(100))
                .andExpect(jsonPath("$.error.error_user_msg").isNotEmpty());
        mvc.perform(delete(TEMPLATES).header(HttpHeaders.AUTHORIZATION, BEARER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error.message").value("(#100) The parameter name is required."));
        mvc.perform(delete(TEMPLATES).param("name", "pago_recibido")).andExpect(status().isUnauthorized());
        assertThat(sandbox.templates.find("pago_recibido", "es")).isPresent();
    }

    private ResultActions submit(String body) throws Exception {
        return mvc.perform(post(TEMPLATES)
                .header(HttpHeaders.AUTHORIZATION, BEARER)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    static String positional(String name, String body, String example) {
        return """
                {"name": "%s", "language": "es", "category": "UTILITY",
                 "components": [{"type": "BODY", "text": "%s", "example": {"body_text": [["%s"]]}}]}""".formatted(name, body, example);
    }

    private static JsonNode json(ResultActions result) throws Exception {
        return JsonMapper.shared().readTree(result.andReturn().getResponse().getContentAsString());
    }
}
