package io.conversa.payments.internal;

/**
 * A webhook call that cannot be shown to come from the provider: the signature is missing, does not match, is too old,
 * or there is no secret to check it with. The caller answers 400 and records nothing. The message is safe to log (it
 * never carries a secret or the expected signature).
 */
public class ForgedWebhook extends RuntimeException {

    public ForgedWebhook(String reason) {
        super(reason);
    }

    public ForgedWebhook(String reason, Throwable cause) {
        super(reason, cause);
    }
}
