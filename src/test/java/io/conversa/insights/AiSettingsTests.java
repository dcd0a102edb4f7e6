package io.conversa.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.conversa.identity.Role;
import io.conversa.identity.TestLogins;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Configuración → IA: admins only; the key stored sealed and never shown; a bad field changes nothing. */
@IntegrationTest
class AiSettingsTests {

    static final String KEY = "sk-test-0123456789abcdefWXYZ";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Insights insights;

    MockHttpSession admin;

    @BeforeEach
    void setUp() throws Exception {
        jdbc.sql("DELETE FROM ai_settings").update();
        admin = TestLogins.login(mvc, data.user(Role.ADMIN));
    }

    @Test
    void anAdminSavesAKeyThatIsStoredSealedAndShownOnlyByItsLastCharacters() throws Exception {
        mvc.perform(get("/settings/ai").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sin conexión")));

        mvc.perform(post("/settings/ai")
                        .session(admin)
                        .with(csrf())
                        .param("apiKey", KEY)
                        .param("model", "gpt-4o-mini")
                        .param("baseUrl", "http://localhost:11434/v1")
                        .param("dailyTokenBudget", "50000"))
                .andExpect(redirectedUrl("/settings/ai"));

        String sealed = jdbc.sql("SELECT api_key_sealed FROM ai_settings")
                .query(String.class)
                .single();
        assertThat(sealed).isNotBlank().doesNotContain(KEY).doesNotContain("WXYZ");
        mvc.perform(get("/settings/ai").session(admin))
                .andExpect(content().string(containsString("…WXYZ")))
                .andExpect(content().string(not(containsString(KEY))))
                .andExpect(content().string(containsString("Usando gpt-4o-mini")))
                .andExpect(content().string(containsString("http://localhost:11434/v1")));
        assertThat(insights.settings(data.workspace()).providerInUse()).isTrue();

        // saving without typing the key keeps it; offline-only turns the provider off
        mvc.perform(post("/settings/ai").session(admin).with(csrf()).param("offlineOnly", "true"))
                .andExpect(redirectedUrl("/settings/ai"));
        assertThat(insights.settings(data.workspace()).keySet()).isTrue();
        assertThat(insights.settings(data.workspace()).providerInUse()).isFalse();

        mvc.perform(post("/settings/ai").session(admin).with(csrf()).param("removeKey", "true"))
                .andExpect(redirectedUrl("/settings/ai"));
        assertThat(insights.settings(data.workspace()).keySet()).isFalse();
    }

    @Test
    void aBadFieldIsExplainedAndNothingIsSaved() throws Exception {
        mvc.perform(post("/settings/ai")
                        .session(admin)
                        .with(csrf())
                        .param("apiKey", KEY)
                        .param("baseUrl", "ftp://example.com")
                        .param("dailyTokenBudget", "mucho"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("número entero")));
        mvc.perform(post("/settings/ai")
                        .session(admin)
                        .with(csrf())
                        .param("apiKey", KEY)
                        .param("baseUrl", "ftp://example.com"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("http://")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ai_settings")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void agentsCannotSeeOrChangeIt() throws Exception {
        MockHttpSession agent = TestLogins.login(mvc, data.user(Role.AGENT));
        mvc.perform(get("/settings/ai").session(agent)).andExpect(status().isForbidden());
        mvc.perform(post("/settings/ai").session(agent).with(csrf()).param("apiKey", KEY))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ai_settings")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
