/**
 * The WhatsApp sandbox: a fake Cloud API under {@code /sandbox/graph} speaking Meta's wire format (messages, media,
 * phone number info, message templates with a sample collections catalog and a simulated review), signed webhooks back
 * to the app, and a customer simulator page at {@code /sandbox}. Loaded only when {@code conversa.sandbox.enabled} is
 * true; talks to the rest of the app over HTTP only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"core"})
package io.conversa.sandbox;
