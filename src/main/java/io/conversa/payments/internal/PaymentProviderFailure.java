package io.conversa.payments.internal;

/**
 * A provider could not do what was asked: not configured, unreachable, timed out, or it refused the request. The
 * message is short and safe to show and log (never a key or a token). Nothing was retried.
 */
public class PaymentProviderFailure extends RuntimeException {

    public PaymentProviderFailure(String reason) {
        super(reason);
    }

    public PaymentProviderFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
