package io.conversa.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signs in through the real login form and returns the session. */
final class LoginSupport {

    private LoginSupport() {}

    static MockHttpSession login(MockMvc mvc, String email, String password) throws Exception {
        MvcResult result = mvc.perform(
                        post("/login").with(csrf()).param("username", email).param("password", password))
                .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || location.contains("error")) {
            throw new AssertionError("Login failed for " + email + ": " + location);
        }
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
