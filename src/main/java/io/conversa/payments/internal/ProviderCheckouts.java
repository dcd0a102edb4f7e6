package io.conversa.payments.internal;

import io.conversa.payments.PaymentsProperties;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The payment provider the app is configured with ({@code CONVERSA_PAYMENTS_PROVIDER}); none for the sandbox. */
@Component
public class ProviderCheckouts {

    private final PaymentsProperties properties;
    private final StripeProvider stripe;
    private final MercadoPagoProvider mercadoPago;

    ProviderCheckouts(PaymentsProperties properties, StripeProvider stripe, MercadoPagoProvider mercadoPago) {
        this.properties = properties;
        this.stripe = stripe;
        this.mercadoPago = mercadoPago;
    }

    /** The configured provider; empty with the built-in sandbox. */
    public Optional<PaymentProvider> configured() {
        return switch (properties.provider()) {
            case STRIPE -> Optional.of(stripe);
            case MERCADOPAGO -> Optional.of(mercadoPago);
            case SANDBOX -> Optional.empty();
        };
    }

    /** The provider whose webhook this is ({@code stripe} or {@code mercadopago}). */
    public PaymentProvider byId(String id) {
        return "stripe".equals(id) ? stripe : mercadoPago;
    }
}
