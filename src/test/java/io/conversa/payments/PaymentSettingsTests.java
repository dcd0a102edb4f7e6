package io.conversa.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.conversa.identity.Role;
import io.conversa.identity.TestLogins;
import io.conversa.support.IntegrationTest;
import io.conversa.support.TestData;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Configuración → Pagos: admins only; the provider and the keys saved per workspace, the keys sealed and shown only by
 * their last characters; a blank key keeps the saved one; a bad field is explained next to it and changes nothing.
 */
@IntegrationTest
class PaymentSettingsTests {

    static final String STRIPE_KEY = "sk_test_51Hconversa0123456789WXYZ";
    static final String STRIPE_SECRET = "whsec_conversa0123456789abcdQRST";
    static final String MERCADOPAGO_TOKEN = "APP_USR-1234567890123456-031012-0123456789abcdef-123456789LMNO";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PaymentSettings settings;

    MockHttpSession admin;

    @BeforeEach
    void setUp() throws Exception {
        jdbc.sql("DELETE FROM payment_settings").update();
        admin = TestLogins.login(mvc, data.user(Role.ADMIN));
    }

    @AfterEach
    void forgetSettings() {
        jdbc.sql("DELETE FROM payment_settings").update(); // the other test classes use the server's settings
    }

    ResultActions save(Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request =
                post("/settings/payments").session(admin).with(csrf());
        fields.forEach(request::param);
        return mvc.perform(request);
    }

    /** The sealed Stripe key, Stripe webhook secret and Mercado Pago token (null where none). */
    List<String> sealedColumns() {
        return jdbc.sql("SELECT stripe_api_key_sealed, stripe_webhook_secret_sealed, mercadopago_access_token_sealed"
                        + " FROM payment_settings")
                .query((rs, n) -> Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
    }

    @Test
    void anAdminSavesKeysThatAreStoredSealedAndShownOnlyByTheirLastCharacters() throws Exception {
        mvc.perform(get("/settings/payments").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Proveedor de pagos")))
                .andExpect(content().string(containsString("/webhooks/stripe")))
                .andExpect(content().string(containsString("/webhooks/mercadopago")))
                .andExpect(content().string(containsString("CONVERSA_PAYMENTS_PROVIDER")));

        save(Map.of(
                        "provider", "stripe",
                        "stripeApiKey", STRIPE_KEY,
                        "stripeWebhookSecret", STRIPE_SECRET,
                        "mercadoPagoAccessToken", MERCADOPAGO_TOKEN))
                .andExpect(redirectedUrl("/settings/payments"))
                .andExpect(flash().attribute("flash", "paymentSettings.saved"));

        List<String> sealed = sealedColumns();
        assertThat(sealed.get(0)).isNotBlank().doesNotContain(STRIPE_KEY);
        assertThat(sealed.get(1)).isNotBlank().doesNotContain(STRIPE_SECRET);
        assertThat(sealed.get(2)).isNotBlank().doesNotContain(MERCADOPAGO_TOKEN);
        mvc.perform(get("/settings/payments").session(admin))
                .andExpect(content().string(containsString("…WXYZ")))
                .andExpect(content().string(containsString("…QRST")))
                .andExpect(content().string(containsString("…LMNO")))
                .andExpect(content().string(not(containsString(STRIPE_KEY))))
                .andExpect(content().string(not(containsString(STRIPE_SECRET))))
                .andExpect(content().string(not(containsString(MERCADOPAGO_TOKEN))))
                .andExpect(content().string(containsString("Claves propias")));
        assertThat(settings.view(data.workspace()).provider()).isEqualTo("stripe");

        // saving with the key fields left empty keeps the keys
        save(Map.of("provider", "mercadopago")).andExpect(redirectedUrl("/settings/payments"));
        PaymentSettings.View kept = settings.view(data.workspace());
        assertThat(kept.provider()).isEqualTo("mercadopago");
        assertThat(kept.stripe().key().hint()).isEqualTo("…WXYZ");
        assertThat(kept.mercadoPago().key().hint()).isEqualTo("…LMNO");

        // removing a provider's own keys brings back the server's (none in these tests)
        save(Map.of("provider", "sandbox", "removeStripe", "true")).andExpect(redirectedUrl("/settings/payments"));
        PaymentSettings.View removed = settings.view(data.workspace());
        assertThat(removed.stripe().own()).isFalse();
        assertThat(removed.stripe().key().present()).isFalse();
        assertThat(removed.mercadoPago().own()).isTrue();
    }

    @Test
    void aBadFieldIsExplainedNextToItAndNothingChanges() throws Exception {
        save(Map.of("provider", "stripe"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No se guardó nada")))
                .andExpect(content().string(containsString("falta la clave secreta")))
                .andExpect(content().string(containsString("falta el secreto de firma")));
        save(Map.of("provider", "stripe", "stripeApiKey", "pk_test_0123456789abcdef", "stripeWebhookSecret", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("no uses la publicable (pk_)")))
                .andExpect(content().string(containsString("empieza con whsec_")))
                .andExpect(content().string(not(containsString("pk_test_0123456789abcdef"))));
        save(Map.of("provider", "mercadopago", "mercadoPagoAccessToken", "a token with spaces"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("empieza con APP_USR-")));
        save(Map.of("provider", "paypal"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Elige Sandbox, Stripe o Mercado Pago")));
        assertThat(data.count("payment_settings")).isZero();

        save(Map.of("provider", "stripe", "stripeApiKey", STRIPE_KEY, "stripeWebhookSecret", STRIPE_SECRET))
                .andExpect(redirectedUrl("/settings/payments"));
        List<String> before = sealedColumns();
        save(Map.of("provider", "sandbox", "stripeApiKey", "sk_live_with space"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("empieza con sk_")));
        assertThat(sealedColumns()).isEqualTo(before);
        assertThat(settings.view(data.workspace()).provider()).isEqualTo("stripe");
    }

    @Test
    void agentsCannotSeeOrChangeItAndStrangersAreSentToLogIn() throws Exception {
        MockHttpSession agent = TestLogins.login(mvc, data.user(Role.AGENT));
        mvc.perform(get("/settings/payments").session(agent)).andExpect(status().isForbidden());
        mvc.perform(post("/settings/payments")
                        .session(agent)
                        .with(csrf())
                        .param("provider", "stripe")
                        .param("stripeApiKey", STRIPE_KEY)
                        .param("stripeWebhookSecret", STRIPE_SECRET))
                .andExpect(status().isForbidden());
        mvc.perform(get("/settings/payments")).andExpect(redirectedUrl("/login"));
        assertThat(data.count("payment_settings")).isZero();
    }

    @Test
    void theSettingsNavigationLeadsToIt() throws Exception {
        mvc.perform(get("/settings/ai").session(admin))
                .andExpect(content().string(containsString("href=\"/settings/payments\"")));
    }
}
