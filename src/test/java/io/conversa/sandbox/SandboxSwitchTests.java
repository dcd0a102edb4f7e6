package io.conversa.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.conversa.sandbox.internal.CustomerDirectory;
import io.conversa.sandbox.internal.DeliverySimulator;
import io.conversa.sandbox.internal.LocalApp;
import io.conversa.sandbox.internal.SandboxConversations;
import io.conversa.sandbox.internal.SandboxMediaStore;
import io.conversa.sandbox.internal.SandboxTimer;
import io.conversa.sandbox.internal.SandboxWebhooks;
import io.conversa.sandbox.internal.SimulatedCustomer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** With {@code conversa.sandbox.enabled} off, none of the sandbox exists. */
class SandboxSwitchTests {

    @Test
    void noSandboxBeanExistsWhenTheSandboxIsOff() {
        new ApplicationContextRunner()
                .withPropertyValues("conversa.sandbox.enabled=false")
                .withUserConfiguration(
                        SandboxProperties.class,
                        SandboxTimer.class,
                        LocalApp.class,
                        SandboxConversations.class,
                        SandboxMediaStore.class,
                        SandboxWebhooks.class,
                        DeliverySimulator.class,
                        SimulatedCustomer.class,
                        CustomerDirectory.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBeanNamesForType(SandboxTimer.class)).isEmpty();
                    assertThat(context.getBeanNamesForType(SandboxWebhooks.class))
                            .isEmpty();
                    assertThat(context.getBeanNamesForType(SandboxConversations.class))
                            .isEmpty();
                    assertThat(context.getBeanNamesForType(SandboxProperties.class))
                            .isEmpty();
                });
    }
}
