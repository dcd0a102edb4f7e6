package io.conversa.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The test profile locks a login name after 3 failures (production default: 5). */
@IntegrationTest
class LoginTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Test
    void loginPageIsSpanishByDefault() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Iniciar sesión")));
        mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(containsString("Sign in")));
    }

    @Test
    void correctPasswordSignsIn() throws Exception {
        String email = data.user(Role.AGENT);
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        String email = data.user(Role.AGENT);
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", "wrong-password"))
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void repeatedFailuresLockTheLoginEvenForTheRightPassword() throws Exception {
        String email = data.user(Role.AGENT);
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", email).param("password", "wrong-" + i))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", email.toUpperCase())
                        .param("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/login?error=locked"));
    }

    @Test
    void successResetsTheFailureCount() throws Exception {
        String email = data.user(Role.AGENT);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 2; i++) {
                mvc.perform(post("/login").with(csrf()).param("username", email).param("password", "wrong"))
                        .andExpect(redirectedUrl("/login?error=bad"));
            }
            mvc.perform(post("/login").with(csrf()).param("username", email).param("password", TestData.PASSWORD))
                    .andExpect(redirectedUrl("/"));
        }
    }

    @Test
    void deactivatedUserCannotSignIn() throws Exception {
        String email = data.user(Role.AGENT);
        var admin = LoginSupport.login(mvc, data.user(Role.ADMIN), TestData.PASSWORD);
        var id = data.userId(email);
        mvc.perform(post("/settings/users/{id}/active", id)
                        .with(csrf())
                        .session(admin)
                        .param("active", "false"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void deactivatedUserIsNotRevealedToSomeoneWithoutThePassword() throws Exception {
        String email = data.user(Role.AGENT);
        var admin = LoginSupport.login(mvc, data.user(Role.ADMIN), TestData.PASSWORD);
        mvc.perform(post("/settings/users/{id}/active", data.userId(email))
                .with(csrf())
                .session(admin)
                .param("active", "false"));
        mvc.perform(post("/login").with(csrf()).param("username", email).param("password", "a-wrong-guess"))
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void roleChangesAndDeactivationApplyToOpenSessionsAtOnce() throws Exception {
        String promoted = data.user(Role.ADMIN);
        var promotedSession = LoginSupport.login(mvc, promoted, TestData.PASSWORD);
        String other = data.user(Role.AGENT);
        var otherSession = LoginSupport.login(mvc, other, TestData.PASSWORD);
        var admin = LoginSupport.login(mvc, data.user(Role.ADMIN), TestData.PASSWORD);
        mvc.perform(get("/settings/users").session(promotedSession)).andExpect(status().isOk());

        mvc.perform(post("/settings/users/{id}/role", data.userId(promoted))
                .with(csrf())
                .session(admin)
                .param("role", "AGENT"));
        mvc.perform(get("/settings/users").session(promotedSession)).andExpect(status().isForbidden());

        mvc.perform(post("/settings/users/{id}/active", data.userId(other))
                .with(csrf())
                .session(admin)
                .param("active", "false"));
        mvc.perform(get("/customers").session(otherSession)).andExpect(status().is3xxRedirection());
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        var admin = LoginSupport.login(mvc, data.user(Role.ADMIN), TestData.PASSWORD);
        mvc.perform(post("/settings/api-tokens").session(admin).param("name", "no csrf"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "x@y.z").param("password", "whatever-pass"))
                .andExpect(status().isForbidden());
    }

    @Test
    void adminCreatesAUserWhoCanThenSignIn() throws Exception {
        var admin = LoginSupport.login(mvc, data.user(Role.ADMIN), TestData.PASSWORD);
        String email = "new-" + System.nanoTime() + "@test.conversa";
        mvc.perform(post("/settings/users")
                        .with(csrf())
                        .session(admin)
                        .param("name", "Nueva Agente")
                        .param("email", email)
                        .param("password", "una-clave-larga")
                        .param("role", "AGENT"))
                .andExpect(redirectedUrl("/settings/users"));
        LoginSupport.login(mvc, email, "una-clave-larga");
    }

    @Test
    void newUserFormShowsFieldErrors() throws Exception {
        var admin = LoginSupport.login(mvc, data.user(Role.ADMIN), TestData.PASSWORD);
        mvc.perform(post("/settings/users")
                        .with(csrf())
                        .session(admin)
                        .param("name", "")
                        .param("email", "not-an-email")
                        .param("password", "short")
                        .param("role", "AGENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("field-error")));
    }
}
