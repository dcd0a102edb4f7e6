package io.conversa.identity.internal;

import io.conversa.identity.ApiTokenView;
import io.conversa.identity.ApiTokens;
import io.conversa.identity.IdentityProperties;
import io.conversa.identity.Role;
import io.conversa.identity.Users;
import io.conversa.identity.Workspace;
import io.conversa.identity.Workspaces;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start: makes sure the first admin exists (from {@code CONVERSA_ADMIN_EMAIL} / {@code _PASSWORD}, else with a
 * random password printed once) and provisions {@code CONVERSA_API_TOKEN}. Runs after the demo data, which brings
 * its own admin.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class IdentityBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final Workspaces workspaces;
    private final Users users;
    private final ApiTokens apiTokens;
    private final IdentityProperties properties;

    IdentityBootstrap(Workspaces workspaces, Users users, ApiTokens apiTokens, IdentityProperties properties) {
        this.workspaces = workspaces;
        this.users = users;
        this.apiTokens = apiTokens;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        Workspace workspace = workspaces.primary();
        createConfiguredAdmin(workspace);
        if (!users.hasAdmin(workspace.workspaceId())) {
            createAdminWithRandomPassword(workspace);
        }
        if (hasText(properties.apiToken())) {
            ApiTokenView token =
                    apiTokens.provision(workspace.workspaceId(), "CONVERSA_API_TOKEN", properties.apiToken());
            if (token.revoked()) {
                log.warn("CONVERSA_API_TOKEN was revoked in the app and gives no access; set a new one");
            } else {
                log.info("API token from CONVERSA_API_TOKEN is active ({}…)", token.prefix());
            }
        }
    }

    private void createConfiguredAdmin(Workspace workspace) {
        if (!hasText(properties.adminEmail()) || users.exists(properties.adminEmail())) {
            return;
        }
        if (!hasText(properties.adminPassword())) {
            throw new IllegalStateException("CONVERSA_ADMIN_EMAIL is set: set CONVERSA_ADMIN_PASSWORD too "
                    + "(at least " + Users.MIN_PASSWORD_LENGTH + " characters)");
        }
        users.create(workspace.workspaceId(), properties.adminEmail(), "Admin", properties.adminPassword(), Role.ADMIN);
        log.info("Created admin {} from CONVERSA_ADMIN_EMAIL", properties.adminEmail());
    }

    private void createAdminWithRandomPassword(Workspace workspace) {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String email = "admin@conversa.local";
        users.create(workspace.workspaceId(), email, "Admin", password, Role.ADMIN);
        log.warn(
                "\n\n  Created the first admin. Sign in with\n    e-mail:   {}\n    password: {}\n"
                        + "  This password is shown only once; change it or set CONVERSA_ADMIN_EMAIL/_PASSWORD.\n",
                email,
                password);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
