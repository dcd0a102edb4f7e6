package io.conversa.payments.internal;

import io.conversa.payments.PaymentsProperties;
import io.conversa.payments.PaymentsProperties.Provider;
import io.conversa.settings.SecretBox;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code payment_settings} table: a workspace's own payment provider and keys, the keys sealed like the WhatsApp
 * secrets; what a workspace did not save comes from {@code conversa.payments.*} (see {@link ProviderSettings}).
 */
@Repository
public class PaymentSettingsStore {

    /** What a workspace saved, opened; a key it did not save is null. */
    public record Saved(
            Provider provider,
            String stripeApiKey,
            String stripeWebhookSecret,
            String mercadoPagoAccessToken,
            String mercadoPagoWebhookSecret) {

        boolean ownStripe() {
            return stripeApiKey != null || stripeWebhookSecret != null;
        }

        boolean ownMercadoPago() {
            return mercadoPagoAccessToken != null || mercadoPagoWebhookSecret != null;
        }

        @Override
        public String toString() {
            return "Saved[provider=" + provider + "]";
        }
    }

    private static final String COLUMNS = "provider, stripe_api_key_sealed, stripe_webhook_secret_sealed,"
            + " mercadopago_access_token_sealed, mercadopago_webhook_secret_sealed";

    private final JdbcClient jdbc;
    private final SecretBox secrets;
    private final PaymentsProperties defaults;

    PaymentSettingsStore(JdbcClient jdbc, SecretBox secrets, PaymentsProperties defaults) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.defaults = defaults;
    }

    public Optional<Saved> saved(UUID workspaceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment_settings WHERE workspace_id = ?")
                .param(workspaceId)
                .query((rs, n) -> saved(rs))
                .optional();
    }

    /** The settings in force for a workspace: its own, else the server's. */
    public ProviderSettings inForce(UUID workspaceId) {
        return inForce(saved(workspaceId).orElse(null));
    }

    /**
     * The settings in force of every workspace: the server's (those of any workspace that saved nothing) first, then
     * each of those that saved their own.
     */
    public List<ProviderSettings> allInForce() {
        List<ProviderSettings> all = new ArrayList<>();
        all.add(inForce((Saved) null));
        jdbc.sql("SELECT " + COLUMNS + " FROM payment_settings ORDER BY updated_at")
                .query((rs, n) -> saved(rs))
                .list()
                .forEach(saved -> all.add(inForce(saved)));
        return all;
    }

    /** The settings that would be in force with {@code saved} (null: nothing saved). */
    public ProviderSettings inForce(Saved saved) {
        PaymentsProperties.Stripe stripe = defaults.stripe();
        PaymentsProperties.MercadoPago mercadoPago = defaults.mercadopago();
        boolean ownStripe = saved != null && saved.ownStripe();
        boolean ownMercadoPago = saved != null && saved.ownMercadoPago();
        return new ProviderSettings(
                saved != null ? saved.provider() : defaults.provider(),
                saved != null,
                new PaymentsProperties.Stripe(
                        ownStripe ? saved.stripeApiKey() : blankToNull(stripe.apiKey()),
                        ownStripe ? saved.stripeWebhookSecret() : blankToNull(stripe.webhookSecret()),
                        stripe.apiBase()),
                ownStripe,
                new PaymentsProperties.MercadoPago(
                        ownMercadoPago ? saved.mercadoPagoAccessToken() : blankToNull(mercadoPago.accessToken()),
                        ownMercadoPago ? saved.mercadoPagoWebhookSecret() : blankToNull(mercadoPago.webhookSecret()),
                        mercadoPago.apiBase()),
                ownMercadoPago);
    }

    /** Saves a workspace's settings as given, each key sealed (a null key: none of its own). */
    public void save(UUID workspaceId, Saved settings, Instant now) {
        String provider = settings.provider().name().toLowerCase(Locale.ROOT);
        String stripeKey = secrets.seal(settings.stripeApiKey());
        String stripeSecret = secrets.seal(settings.stripeWebhookSecret());
        String mercadoPagoToken = secrets.seal(settings.mercadoPagoAccessToken());
        String mercadoPagoSecret = secrets.seal(settings.mercadoPagoWebhookSecret());
        int updated = jdbc.sql("UPDATE payment_settings SET provider = ?, stripe_api_key_sealed = ?,"
                        + " stripe_webhook_secret_sealed = ?, mercadopago_access_token_sealed = ?,"
                        + " mercadopago_webhook_secret_sealed = ?, updated_at = ? WHERE workspace_id = ?")
                .params(
                        provider,
                        stripeKey,
                        stripeSecret,
                        mercadoPagoToken,
                        mercadoPagoSecret,
                        Timestamp.from(now),
                        workspaceId)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO payment_settings (workspace_id, " + COLUMNS
                            + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            workspaceId,
                            provider,
                            stripeKey,
                            stripeSecret,
                            mercadoPagoToken,
                            mercadoPagoSecret,
                            Timestamp.from(now))
                    .update();
        }
    }

    private Saved saved(ResultSet rs) throws SQLException {
        return new Saved(
                Provider.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)),
                secrets.open(rs.getString(2)),
                secrets.open(rs.getString(3)),
                secrets.open(rs.getString(4)),
                secrets.open(rs.getString(5)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
