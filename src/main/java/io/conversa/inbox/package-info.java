/**
 * Inbox: one conversation per WhatsApp contact per business number, its messages, the 24-hour customer-service
 * window, delivery statuses, and the durable outbound pipeline.
 *
 * <p>Exposes {@link io.conversa.inbox.Inbox} ({@code receive}, {@code send}, queries) and the outbound ports in
 * {@code spi} that the WhatsApp adapter implements. Publishes {@link io.conversa.inbox.MessageReceived} and
 * {@link io.conversa.inbox.MessageStatusChanged}. Owns the tables {@code conversation}, {@code message},
 * {@code orphan_status}, {@code send_request} and the media files.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"templates", "receivables", "settings", "identity", "core"})
package io.conversa.inbox;
