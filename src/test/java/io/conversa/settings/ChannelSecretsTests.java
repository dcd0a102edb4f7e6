package io.conversa.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.conversa.identity.Role;
import io.conversa.identity.TestLogins;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ChannelSecretsTests {

    static final String TOKEN = "EAAG-very-secret-access-token-123";
    static final String SECRET = "app-secret-that-must-not-leak";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Channels channels;

    @BeforeEach
    void setUp() {
        data.clearInbox();
        data.channel("106540352242922", SECRET, TOKEN, "verify-token-xyz");
    }

    @Test
    void secretsAreUnreadableInTheDatabase() {
        String row = jdbc.sql("SELECT CONCAT(access_token_sealed, '|', app_secret_sealed, '|', verify_token_sealed) "
                        + "FROM channel WHERE phone_number_id = '106540352242922'")
                .query(String.class)
                .single();
        assertThat(row).doesNotContain(TOKEN).doesNotContain(SECRET).doesNotContain("verify-token-xyz");
        ChannelCredentials credentials =
                channels.byPhoneNumberId("106540352242922").orElseThrow();
        assertThat(credentials.accessToken()).isEqualTo(TOKEN);
        assertThat(credentials.appSecret()).isEqualTo(SECRET);
        assertThat(credentials.toString()).doesNotContain(TOKEN);
    }

    @Test
    void blankSecretsKeepTheStoredOnes() {
        channels.save(
                data.workspace(), new ChannelInput("106540352242922", "102290129340398", null, "", " ", null, 20));
        ChannelCredentials credentials =
                channels.byPhoneNumberId("106540352242922").orElseThrow();
        assertThat(credentials.accessToken()).isEqualTo(TOKEN);
        assertThat(credentials.messagesPerSecond()).isEqualTo(20);
    }

    @Test
    void theMessagingPageNeverShowsSecretsAndIsForAdminsOnly() throws Exception {
        var admin = TestLogins.login(mvc, data.user(Role.ADMIN));
        mvc.perform(get("/settings/messaging").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("106540352242922")))
                .andExpect(content().string(containsString("/webhooks/whatsapp")))
                .andExpect(content().string(not(containsString(TOKEN))))
                .andExpect(content().string(not(containsString(SECRET))));
        var agent = TestLogins.login(mvc, data.user(Role.AGENT));
        mvc.perform(get("/settings/messaging").session(agent)).andExpect(status().isForbidden());
    }
}
