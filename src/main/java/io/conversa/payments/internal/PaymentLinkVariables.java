package io.conversa.payments.internal;

import io.conversa.core.WorkspaceId;
import io.conversa.settings.PublicUrl;
import io.conversa.templates.Binding;
import io.conversa.templates.spi.VariableSource;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@code payment.link} for templates that bind it without a particular link (the composer's template picker, a bulk
 * send): the address of the customer's newest link that can still be paid (open, not expired), or nothing, so such a
 * send is refused with the reason rather than sent without a link. One indexed query; it never creates a link. The
 * payment-link panel does not rely on it: it puts the link it just created into the template itself.
 */
@Component
class PaymentLinkVariables implements VariableSource {

    private final PaymentLinkStore links;
    private final PublicUrl publicUrl;
    private final Clock clock;

    PaymentLinkVariables(PaymentLinkStore links, PublicUrl publicUrl, Clock clock) {
        this.links = links;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    @Override
    public Set<String> keys() {
        return Set.of(Binding.PAYMENT_LINK.key());
    }

    @Override
    public Optional<String> value(WorkspaceId workspace, UUID customerId, String key) {
        if (!Binding.PAYMENT_LINK.key().equals(key)) {
            return Optional.empty();
        }
        return links.newestPayableToken(workspace.value(), customerId, Instant.now(clock))
                .map(token -> CheckoutPage.url(publicUrl, token));
    }
}
