package io.conversa.whatsapp.internal;

/** The webhook body is not a WhatsApp Business Account event envelope: not JSON, not an object, or no entries. */
public class MalformedWebhookException extends RuntimeException {

    public MalformedWebhookException(String message) {
        super(message);
    }

    public MalformedWebhookException(String message, Throwable cause) {
        super(message, cause);
    }
}
