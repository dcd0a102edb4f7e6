package io.conversa.settings;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.encrypt.Encryptors;

/**
 * Encrypts secrets (access tokens, app secrets) for storage with AES-256-GCM under a key derived from the master
 * key; every value gets its own random IV, so equal secrets never look alike in the database.
 */
public class SecretBox {

    private static final String SALT = "436f6e7665727361"; // fixed: the master key carries the secrecy

    private final BytesEncryptor encryptor;

    public SecretBox(String masterKey) {
        if (masterKey == null || masterKey.length() < 16) {
            throw new IllegalArgumentException("The master key must have at least 16 characters");
        }
        this.encryptor = Encryptors.stronger(masterKey, SALT);
    }

    public String seal(String secret) {
        if (secret == null) {
            return null;
        }
        return Base64.getEncoder().encodeToString(encryptor.encrypt(secret.getBytes(StandardCharsets.UTF_8)));
    }

    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        return new String(encryptor.decrypt(Base64.getDecoder().decode(sealed)), StandardCharsets.UTF_8);
    }
}
