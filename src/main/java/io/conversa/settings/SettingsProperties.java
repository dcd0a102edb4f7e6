package io.conversa.settings;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code conversa.settings.*}.
 *
 * @param masterKey the key that encrypts stored secrets ({@code CONVERSA_MASTER_KEY}): any long random string,
 *     kept safe and the same on every instance. The zero-setup run makes one under {@code ./data}.
 * @param dataDir where the zero-setup run keeps its files ({@code CONVERSA_DATA_DIR}, default {@code ./data})
 */
@ConfigurationProperties("conversa.settings")
public record SettingsProperties(String masterKey, String dataDir) {}
