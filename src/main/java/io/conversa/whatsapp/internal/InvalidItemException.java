package io.conversa.whatsapp.internal;

/** One message, status or template update of a webhook cannot be read; the parser skips it and keeps the rest. */
final class InvalidItemException extends RuntimeException {

    InvalidItemException(String reason) {
        super(reason, null, false, false);
    }
}
