package io.conversa.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the identity module ({@code conversa.identity.*}).
 *
 * @param adminEmail first admin created at the first start ({@code CONVERSA_ADMIN_EMAIL})
 * @param adminPassword its password ({@code CONVERSA_ADMIN_PASSWORD}); when blank a random one is printed once
 * @param apiToken an API token provisioned at start ({@code CONVERSA_API_TOKEN}), for deployments
 * @param loginMaxFailures failed logins in a row before a login name is locked
 * @param loginLockDuration how long a locked login name stays locked
 */
@ConfigurationProperties("conversa.identity")
public record IdentityProperties(
        String adminEmail,
        String adminPassword,
        String apiToken,
        @DefaultValue("5") int loginMaxFailures,
        @DefaultValue("15m") Duration loginLockDuration) {}
