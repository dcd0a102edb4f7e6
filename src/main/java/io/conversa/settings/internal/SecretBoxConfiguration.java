package io.conversa.settings.internal;

import io.conversa.settings.SecretBox;
import io.conversa.settings.SettingsProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The master key: {@code CONVERSA_MASTER_KEY} when set. The zero-setup run (embedded database) keeps a generated
 * key in {@code <data dir>/master.key} and warns; with an external database the key is required, because secrets
 * sealed under a key that is lost cannot be read again.
 */
@Configuration(proxyBeanMethods = false)
class SecretBoxConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecretBoxConfiguration.class);

    @Bean
    SecretBox secretBox(SettingsProperties properties, Environment environment) throws IOException {
        if (properties.masterKey() != null && !properties.masterKey().isBlank()) {
            return new SecretBox(properties.masterKey().trim());
        }
        if (!environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:")) {
            throw new IllegalStateException("Set CONVERSA_MASTER_KEY (a long random string, the same on every "
                    + "instance): it encrypts the WhatsApp and AI secrets stored in the database.");
        }
        Path file = Path.of(properties.dataDir() == null ? "./data" : properties.dataDir())
                .resolve("master.key");
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, HexFormat.of().formatHex(key), StandardOpenOption.CREATE_NEW);
            restrict(file);
            log.warn("No CONVERSA_MASTER_KEY: generated one in {}. Set CONVERSA_MASTER_KEY in production.", file);
        }
        return new SecretBox(Files.readString(file).trim());
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            log.debug("Could not restrict permissions of {}", file);
        }
    }
}
