package io.conversa.sandbox.internal;

import java.time.Instant;

/**
 * A status the sandbox reports for a message the business sent.
 *
 * @param wamid the message
 * @param status {@code sent}, {@code delivered}, {@code read} or {@code failed}
 * @param recipientWaId whom it was sent to
 * @param category the pricing category ({@code utility} for templates, {@code service} for replies)
 * @param at when it happened
 * @param error why it failed; null unless {@code failed}
 */
public record StatusEvent(
        String wamid, String status, String recipientWaId, String category, Instant at, StatusError error) {

    /** A Meta error in a failed status. */
    public record StatusError(int code, String title, String details) {

        public static final StatusError UNDELIVERABLE = new StatusError(
                131026, "Message undeliverable", "Message Undeliverable: the recipient cannot receive this message.");

        public String summary() {
            return code + " " + title;
        }
    }
}
