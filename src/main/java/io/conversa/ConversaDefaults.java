package io.conversa;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The zero-setup defaults, decided once from what the deployment configured:
 *
 * <ul>
 *   <li>{@code conversa.sandbox.enabled}: on only when neither a database URL nor WhatsApp credentials are set;
 *   <li>with the sandbox on and no number configured, the first number is the sandbox's, with secrets made up for
 *       this run, and the Graph API is the sandbox's own under {@code /sandbox/graph}.
 * </ul>
 *
 * Explicit settings ({@code CONVERSA_SANDBOX}, {@code CONVERSA_WHATSAPP_*}) always win: these are defaults only.
 */
class ConversaDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SANDBOX_PHONE_NUMBER_ID = "109876543210001";
    static final String SANDBOX_BUSINESS_ACCOUNT_ID = "209876543210001";
    static final String EMBEDDED_URL_PREFIX = "jdbc:h2:";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        boolean databaseConfigured = !environment
                .getProperty("spring.datasource.url", EMBEDDED_URL_PREFIX)
                .startsWith(EMBEDDED_URL_PREFIX);
        boolean whatsappConfigured = hasText(environment.getProperty("conversa.whatsapp.access-token"))
                || hasText(environment.getProperty("conversa.whatsapp.phone-number-id"));
        boolean sandbox = environment.getProperty(
                "conversa.sandbox.enabled", Boolean.class, !databaseConfigured && !whatsappConfigured);
        defaults.put("conversa.sandbox.enabled", sandbox);
        if (sandbox && !whatsappConfigured) {
            defaults.put("conversa.whatsapp.phone-number-id", SANDBOX_PHONE_NUMBER_ID);
            defaults.put("conversa.whatsapp.business-account-id", SANDBOX_BUSINESS_ACCOUNT_ID);
            defaults.put("conversa.whatsapp.display-phone-number", "+56 2 2940 0000");
            defaults.put("conversa.whatsapp.access-token", "sandbox-" + random());
            defaults.put("conversa.whatsapp.app-secret", random());
            defaults.put("conversa.whatsapp.verify-token", random());
            if (!hasText(environment.getProperty("conversa.identity.api-token"))) {
                // The simulator reads demo customers over the REST API with this token. application.yml maps
                // CONVERSA_API_TOKEN (empty when unset) onto the same key, so this one must come first.
                environment
                        .getPropertySources()
                        .addFirst(new MapPropertySource(
                                "conversaSandboxToken", Map.of("conversa.identity.api-token", "sandbox-" + random())));
            }
            if (!hasText(environment.getProperty("conversa.whatsapp.graph-url"))) {
                defaults.put(
                        "conversa.whatsapp.graph-url",
                        "http://localhost:${local.server.port:${server.port:8080}}/sandbox/graph");
            }
        }
        environment.getPropertySources().addLast(new MapPropertySource("conversaDefaults", defaults));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
