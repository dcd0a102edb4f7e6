package io.conversa.payments;

import io.conversa.core.DomainException;
import io.conversa.core.FieldProblem;
import io.conversa.core.WorkspaceId;
import io.conversa.payments.PaymentsProperties.Provider;
import io.conversa.payments.internal.KeyFormat;
import io.conversa.payments.internal.PaymentProviders;
import io.conversa.payments.internal.PaymentSettingsStore;
import io.conversa.payments.internal.PaymentSettingsStore.Saved;
import io.conversa.payments.internal.ProviderSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workspace's payment settings (Configuración → Pagos): the provider its payment links are paid with and each
 * provider's keys, sealed at rest and never shown again (only their last characters). What a workspace did not save
 * comes from {@code conversa.payments.*}.
 */
@Service
public class PaymentSettings {

    private final PaymentSettingsStore store;
    private final PaymentProviders providers;
    private final Clock clock;

    PaymentSettings(PaymentSettingsStore store, PaymentProviders providers, Clock clock) {
        this.store = store;
        this.providers = providers;
        this.clock = clock;
    }

    /** The settings in force, keys shown only by their last characters. */
    public View view(WorkspaceId workspace) {
        ProviderSettings inForce = store.inForce(workspace.value());
        return new View(
                inForce.provider().name().toLowerCase(Locale.ROOT),
                inForce.ownProvider(),
                providers.simulatesPayments(workspace),
                new Keys(
                        inForce.ownStripe(),
                        key(inForce.stripe().apiKey()),
                        key(inForce.stripe().webhookSecret())),
                new Keys(
                        inForce.ownMercadoPago(),
                        key(inForce.mercadoPago().accessToken()),
                        key(inForce.mercadoPago().webhookSecret())));
    }

    /**
     * Saves a workspace's settings. A key left blank keeps the saved one; {@code removeStripe} / {@code
     * removeMercadoPago} drop the workspace's own keys of that provider (the server's apply again). Each typed key must
     * have its provider's shape, and the chosen provider its keys in force (Stripe: the secret key and the webhook
     * secret; Mercado Pago: the access token); otherwise nothing changes.
     *
     * @throws DomainException with one field problem per bad field
     */
    @Transactional
    public void save(WorkspaceId workspace, Change change) {
        List<FieldProblem> problems = new ArrayList<>();
        Provider provider = provider(change.provider(), problems);
        Saved before = store.saved(workspace.value()).orElse(new Saved(null, null, null, null, null));
        String stripeKey = typed(change.stripeApiKey(), KeyFormat.STRIPE_API_KEY, before.stripeApiKey(), problems);
        String stripeSecret = typed(
                change.stripeWebhookSecret(), KeyFormat.STRIPE_WEBHOOK_SECRET, before.stripeWebhookSecret(), problems);
        String mercadoPagoToken = typed(
                change.mercadoPagoAccessToken(),
                KeyFormat.MERCADOPAGO_ACCESS_TOKEN,
                before.mercadoPagoAccessToken(),
                problems);
        String mercadoPagoSecret = typed(
                change.mercadoPagoWebhookSecret(),
                KeyFormat.MERCADOPAGO_WEBHOOK_SECRET,
                before.mercadoPagoWebhookSecret(),
                problems);
        Saved after = new Saved(
                provider,
                change.removeStripe() ? null : stripeKey,
                change.removeStripe() ? null : stripeSecret,
                change.removeMercadoPago() ? null : mercadoPagoToken,
                change.removeMercadoPago() ? null : mercadoPagoSecret);
        if (provider != null) {
            requireKeysOf(store.inForce(after), problems);
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        store.save(workspace.value(), after, Instant.now(clock));
    }

    /** What an admin sent from Configuración → Pagos; a blank key keeps the saved one. */
    public record Change(
            String provider,
            String stripeApiKey,
            String stripeWebhookSecret,
            String mercadoPagoAccessToken,
            String mercadoPagoWebhookSecret,
            boolean removeStripe,
            boolean removeMercadoPago) {

        @Override
        public String toString() {
            return "Change[provider=" + provider + "]";
        }
    }

    /**
     * What Configuración → Pagos shows.
     *
     * @param provider {@code sandbox}, {@code stripe} or {@code mercadopago}
     * @param ownProvider whether the workspace chose it (else the server's {@code CONVERSA_PAYMENTS_PROVIDER})
     * @param simulatesPayments whether the checkout page offers "Simular pago" (sandbox app and provider)
     */
    public record View(
            String provider, boolean ownProvider, boolean simulatesPayments, Keys stripe, Keys mercadoPago) {}

    /**
     * One provider's keys: {@code own} when the workspace saved them, else the server's; {@code key} is Stripe's secret
     * key or Mercado Pago's access token.
     */
    public record Keys(boolean own, Key key, Key webhookSecret) {}

    /** A key in force ({@code present}) shown only by its last four characters ({@code …WXYZ}). */
    public record Key(boolean present, String hint) {}

    private static Key key(String value) {
        return new Key(
                value != null, value == null || value.length() < 8 ? null : "…" + value.substring(value.length() - 4));
    }

    private static Provider provider(String typed, List<FieldProblem> problems) {
        for (Provider provider : Provider.values()) {
            if (provider.name().equalsIgnoreCase(typed == null ? "" : typed.strip())) {
                return provider;
            }
        }
        problems.add(new FieldProblem(
                "provider", "paymentSettings.error.provider", "Choose sandbox, stripe or mercadopago", List.of()));
        return null;
    }

    /** The typed key when it has the right shape (a problem otherwise), else the saved one. */
    private static String typed(String typed, KeyFormat format, String saved, List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return saved;
        }
        Optional<FieldProblem> problem = format.check(typed.strip());
        problem.ifPresent(problems::add);
        return problem.isPresent() ? saved : typed.strip();
    }

    /** The chosen provider's keys must be in force (a field already refused is not reported twice). */
    private static void requireKeysOf(ProviderSettings inForce, List<FieldProblem> problems) {
        switch (inForce.provider()) {
            case STRIPE -> {
                requireKey(inForce.stripe().apiKey(), KeyFormat.STRIPE_API_KEY, problems);
                requireKey(inForce.stripe().webhookSecret(), KeyFormat.STRIPE_WEBHOOK_SECRET, problems);
            }
            case MERCADOPAGO ->
                requireKey(inForce.mercadoPago().accessToken(), KeyFormat.MERCADOPAGO_ACCESS_TOKEN, problems);
            case SANDBOX -> {}
        }
    }

    private static void requireKey(String inForce, KeyFormat format, List<FieldProblem> problems) {
        if (inForce == null && problems.stream().noneMatch(p -> p.field().equals(format.field()))) {
            problems.add(format.missing());
        }
    }
}
