package io.conversa.identity;

import io.conversa.support.TestData;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in for tests in other packages. */
public final class TestLogins {

    private TestLogins() {}

    public static MockHttpSession login(MockMvc mvc, String email) throws Exception {
        return LoginSupport.login(mvc, email, TestData.PASSWORD);
    }
}
