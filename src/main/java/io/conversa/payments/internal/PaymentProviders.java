package io.conversa.payments.internal;

import io.conversa.core.WorkspaceId;
import io.conversa.payments.PaymentsProperties;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The payment providers, built for each use from the settings in force ({@link PaymentSettingsStore}): a workspace's
 * checkout goes to the provider it chose with its keys; a webhook is checked with one account's credentials at a time
 * ({@link PaymentWebhooks}). A provider without its keys still builds, then refuses checkouts and rejects webhooks.
 */
@Component
public class PaymentProviders {

    private final PaymentSettingsStore settings;
    private final PaymentsProperties properties;
    private final String publicUrl;
    private final boolean sandboxApp;
    private final MercadoPagoHttp mercadoPagoHttp;

    PaymentProviders(
            PaymentSettingsStore settings,
            PaymentsProperties properties,
            @Value("${conversa.public-url:}") String publicUrl,
            @Value("${conversa.sandbox.enabled:false}") boolean sandboxApp) {
        this.settings = settings;
        this.properties = properties;
        this.publicUrl = publicUrl;
        this.sandboxApp = sandboxApp;
        this.mercadoPagoHttp = new MercadoPagoHttp(properties.mercadopago().apiBase(), properties.timeout());
    }

    /** The provider a workspace's payers are sent to, with the workspace's keys; empty for the built-in sandbox. */
    public Optional<PaymentProvider> forCheckout(WorkspaceId workspace) {
        ProviderSettings inForce = settings.inForce(workspace.value());
        return switch (inForce.provider()) {
            case STRIPE -> Optional.of(new StripeProvider(inForce.stripe(), properties.timeout()));
            case MERCADOPAGO -> Optional.of(mercadoPago(inForce.mercadoPago()));
            case SANDBOX -> Optional.empty();
        };
    }

    /**
     * Whether "Simular pago" may confirm a workspace's links: only while the app runs the WhatsApp sandbox and the
     * workspace's provider is the built-in sandbox, so nobody pays without paying once real payments are set up.
     */
    public boolean simulatesPayments(WorkspaceId workspace) {
        return sandboxApp && settings.inForce(workspace.value()).provider() == PaymentsProperties.Provider.SANDBOX;
    }

    /** The provider {@code providerId} ({@code stripe} or {@code mercadopago}) checking webhooks as {@code account}. */
    PaymentProvider forWebhook(String providerId, WebhookAccount account) {
        if (StripeProvider.ID.equals(providerId)) {
            return new StripeProvider(
                    new PaymentsProperties.Stripe(
                            null, account.secret(), properties.stripe().apiBase()),
                    properties.timeout());
        }
        return mercadoPago(new PaymentsProperties.MercadoPago(
                account.accessToken(),
                account.secret(),
                properties.mercadopago().apiBase()));
    }

    private MercadoPagoProvider mercadoPago(PaymentsProperties.MercadoPago keys) {
        return new MercadoPagoProvider(keys, properties.timeout(), publicUrl, mercadoPagoHttp);
    }
}
