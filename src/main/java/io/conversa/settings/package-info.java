/**
 * Settings: the workspace's WhatsApp business numbers (channels) with their credentials, secrets encrypted at rest
 * under the master key, and provisioning of the first number from the environment.
 *
 * <p>Exposes {@link io.conversa.settings.Channels} and {@link io.conversa.settings.SecretBox}. Owns the table
 * {@code channel}. Publishes and listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "core"})
package io.conversa.settings;
