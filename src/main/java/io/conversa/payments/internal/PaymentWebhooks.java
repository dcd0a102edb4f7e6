package io.conversa.payments.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A provider's webhook checked against every account it may come from: the server's settings and each workspace's
 * own (a few workspaces, so each is tried). The call counts once one account verifies it; a payment it confirms is
 * accepted only for a link whose workspace uses that very account, so neither a secret of one workspace nor a Mercado
 * Pago payment fetched with one workspace's token can pay a link of another.
 */
@Component
public class PaymentWebhooks {

    private static final Logger log = LoggerFactory.getLogger(PaymentWebhooks.class);

    private final PaymentSettingsStore settings;
    private final PaymentProviders providers;
    private final PaymentLinkStore links;

    PaymentWebhooks(PaymentSettingsStore settings, PaymentProviders providers, PaymentLinkStore links) {
        this.settings = settings;
        this.providers = providers;
        this.links = links;
    }

    /**
     * Verifies a {@code providerId} webhook and answers the payment it confirms for a link of the account's workspace.
     *
     * @return the payment, or empty when the call is genuine but confirms no link of the account that verified it
     * @throws ForgedWebhook when no account verifies the call (or none is configured): nothing may be recorded
     * @throws PaymentProviderFailure when an account had to ask the provider and could not, and no other confirmed the
     *     payment (the provider notifies again later)
     */
    public Optional<ProviderPayment> confirm(String providerId, WebhookCall call) {
        List<WebhookAccount> accounts = accounts(providerId);
        boolean genuine = false;
        PaymentProviderFailure failure = null;
        for (WebhookAccount account : accounts) {
            Optional<ProviderPayment> payment;
            try {
                payment = providers.forWebhook(providerId, account).confirm(call);
            } catch (ForgedWebhook notThisAccount) {
                continue;
            } catch (PaymentProviderFailure unanswered) {
                genuine = true;
                failure = unanswered;
                continue;
            }
            genuine = true;
            if (payment.isPresent() && paysALinkOf(account, providerId, payment.get())) {
                return payment;
            }
        }
        if (!genuine) {
            throw new ForgedWebhook(
                    accounts.isEmpty()
                            ? "No " + providerId + " account is configured to check it"
                            : "No " + providerId + " account verifies it (" + accounts.size() + " tried)");
        }
        if (failure != null) {
            throw failure;
        }
        return Optional.empty();
    }

    /** The distinct accounts that can check {@code providerId} webhooks, the server's first. */
    private List<WebhookAccount> accounts(String providerId) {
        return settings.allInForce().stream()
                .flatMap(inForce -> inForce.webhookAccount(providerId).stream())
                .distinct()
                .toList();
    }

    /** Whether the payment's link belongs to a workspace whose webhooks are checked with {@code account}. */
    private boolean paysALinkOf(WebhookAccount account, String providerId, ProviderPayment payment) {
        Optional<UUID> workspace = linkId(payment).flatMap(links::workspaceOf);
        if (workspace.isEmpty()) {
            log.info("A {} payment {} names no payment link of ours: ignored", providerId, payment.paymentId());
            return false;
        }
        boolean same = settings.inForce(workspace.get())
                .webhookAccount(providerId)
                .filter(account::equals)
                .isPresent();
        if (!same) {
            log.warn(
                    "A {} payment {} names link {} of workspace {}, which uses another {} account: ignored",
                    providerId,
                    payment.paymentId(),
                    payment.linkId(),
                    workspace.get(),
                    providerId);
        }
        return same;
    }

    private static Optional<UUID> linkId(ProviderPayment payment) {
        try {
            return Optional.of(UUID.fromString(payment.linkId()));
        } catch (IllegalArgumentException | NullPointerException notOurs) {
            return Optional.empty();
        }
    }
}
