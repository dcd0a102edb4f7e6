package io.conversa.sandbox.internal;

import java.time.Instant;

/**
 * One message of a sandbox conversation.
 *
 * @param id the wamid
 * @param fromCustomer true when the simulated customer wrote it, false when the business sent it through the API
 * @param content what it says
 * @param sentAt when it was written or accepted
 * @param status for business messages the last status the sandbox reported ({@code accepted}, {@code sent},
 *     {@code delivered}, {@code read}, {@code failed}); for customer messages how the app took the webhook
 *     ({@code pending}, {@code received}, {@code refused}) or {@code read} once the app marked it read
 * @param statusDetail why it failed (an error code and title, or the app's HTTP status), else null
 */
public record SandboxMessage(
        String id, boolean fromCustomer, MessageContent content, Instant sentAt, String status, String statusDetail) {

    public SandboxMessage withStatus(String newStatus, String detail) {
        return new SandboxMessage(id, fromCustomer, content, sentAt, newStatus, detail);
    }

    /** Whether {@code newStatus} moves the message forward: statuses never go back (read stays read). */
    public boolean advancesTo(String newStatus) {
        return rank(newStatus) > rank(status);
    }

    private static int rank(String status) {
        return switch (status) {
            case "sent", "received", "refused" -> 1;
            case "delivered" -> 2;
            case "read" -> 3;
            case "failed" -> 4;
            default -> 0;
        };
    }
}
