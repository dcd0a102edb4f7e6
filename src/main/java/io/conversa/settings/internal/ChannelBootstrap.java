package io.conversa.settings.internal;

import io.conversa.identity.Workspaces;
import io.conversa.settings.ChannelInput;
import io.conversa.settings.ChannelProvisioning;
import io.conversa.settings.Channels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Provisions the first WhatsApp number from {@code CONVERSA_WHATSAPP_*} (or the sandbox's) at every start. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class ChannelBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ChannelBootstrap.class);

    private final ChannelProvisioning provisioning;
    private final Channels channels;
    private final Workspaces workspaces;

    ChannelBootstrap(ChannelProvisioning provisioning, Channels channels, Workspaces workspaces) {
        this.provisioning = provisioning;
        this.channels = channels;
        this.workspaces = workspaces;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!provisioning.configured()) {
            return;
        }
        channels.save(
                workspaces.primary().workspaceId(),
                new ChannelInput(
                        provisioning.phoneNumberId(),
                        provisioning.businessAccountId() == null
                                ? provisioning.phoneNumberId()
                                : provisioning.businessAccountId(),
                        provisioning.displayPhoneNumber(),
                        provisioning.accessToken(),
                        provisioning.appSecret(),
                        provisioning.verifyToken(),
                        provisioning.messagesPerSecond()));
        log.info("WhatsApp number {} provisioned from the environment", provisioning.phoneNumberId());
    }
}
