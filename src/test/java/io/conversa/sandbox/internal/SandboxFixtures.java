package io.conversa.sandbox.internal;

import io.conversa.sandbox.SandboxProperties;
import java.time.Clock;
import java.time.Duration;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.unit.DataSize;

/** The sandbox's parts wired by hand, with a known number and short delays, for tests without Spring. */
public final class SandboxFixtures {

    public static final String PHONE_NUMBER_ID = "109876543210001";
    public static final String BUSINESS_ACCOUNT_ID = "209876543210001";
    public static final String ACCESS_TOKEN = "sandbox-test-token";
    public static final String APP_SECRET = "test-app-secret";

    public final MockEnvironment environment;
    public final SandboxProperties properties;
    public final SandboxTimer timer = new SandboxTimer();
    public final SandboxConversations conversations;
    public final SandboxMediaStore media;
    public final SandboxWebhooks webhooks;
    public final DeliverySimulator delivery;
    public final SandboxTemplates templates;

    /**
     * Statuses after 50, 100 and 150 ms; webhooks go to {@code appPort} with {@code attempts} posts 50 ms apart;
     * template reviews end only when a test calls {@link SandboxTemplates#review} (after an hour otherwise).
     */
    public SandboxFixtures(int appPort, int attempts) {
        this(appPort, attempts, Duration.ofHours(1));
    }

    /** As above, with template reviews ending {@code templateReviewAfter} after a submission. */
    public SandboxFixtures(int appPort, int attempts, Duration templateReviewAfter) {
        environment = new MockEnvironment()
                .withProperty("conversa.whatsapp.phone-number-id", PHONE_NUMBER_ID)
                .withProperty("conversa.whatsapp.business-account-id", BUSINESS_ACCOUNT_ID)
                .withProperty("conversa.whatsapp.display-phone-number", "+56 2 2940 0000")
                .withProperty("conversa.whatsapp.access-token", ACCESS_TOKEN)
                .withProperty("conversa.whatsapp.app-secret", APP_SECRET)
                .withProperty("local.server.port", String.valueOf(appPort));
        properties = new SandboxProperties(
                true,
                Duration.ofMillis(50),
                Duration.ofMillis(100),
                Duration.ofMillis(150),
                attempts,
                Duration.ofMillis(50),
                10,
                20,
                DataSize.ofMegabytes(1),
                templateReviewAfter,
                2);
        conversations = new SandboxConversations(properties, Clock.systemUTC());
        media = new SandboxMediaStore(properties);
        webhooks = new SandboxWebhooks(environment, new LocalApp(environment), timer, properties);
        delivery = new DeliverySimulator(properties, timer, conversations, webhooks, Clock.systemUTC());
        templates = new SandboxTemplates(properties, timer, webhooks, Clock.systemUTC());
    }

    public SandboxNumber number() {
        return SandboxNumber.from(environment);
    }
}
