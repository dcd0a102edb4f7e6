package io.conversa.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApiAuthenticationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ApiTokens tokens;

    @Test
    void apiWithoutTokenIsUnauthorizedWithProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/customers"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void unknownTokenIsUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer cnv_not-a-real-token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void validTokenIsAcceptedAndRevokedTokenIsNot() throws Exception {
        IssuedApiToken issued = tokens.create(data.workspace(), "integration", null);
        mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isOk());

        tokens.revoke(data.workspace(), issued.token().id());

        mvc.perform(get("/api/v1/customers").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void tokenIsStoredOnlyAsHash() {
        IssuedApiToken issued = tokens.create(data.workspace(), "hash check", null);
        assertThat(data.count("api_token WHERE token_hash = '" + issued.secret() + "'"))
                .isZero();
        assertThat(issued.token().prefix()).isEqualTo(issued.secret().substring(0, 10));
    }

    @Test
    void sessionCookieDoesNotOpenTheApi() throws Exception {
        String agent = data.user(Role.AGENT);
        var session = LoginSupport.login(mvc, agent, TestData.PASSWORD);
        mvc.perform(get("/api/v1/customers").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void pagesNeedSignInAndHealthDoesNot() throws Exception {
        mvc.perform(get("/customers"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    }

    @Test
    void agentCannotUseAdminPages() throws Exception {
        String agent = data.user(Role.AGENT);
        var session = LoginSupport.login(mvc, agent, TestData.PASSWORD);
        mvc.perform(get("/customers").session(session)).andExpect(status().isOk());
        mvc.perform(get("/settings/users").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/settings/api-tokens").session(session)).andExpect(status().isForbidden());
    }
}
