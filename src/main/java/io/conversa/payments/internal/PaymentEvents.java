package io.conversa.payments.internal;

import io.conversa.inbox.Inbox;
import io.conversa.payments.PaymentConfirmed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A confirmed payment shows in its conversation: "Pago recibido" in the thread, and open inboxes redraw the
 * conversation with the customer's new balance.
 */
@Component
class PaymentEvents {

    private final Inbox inbox;

    PaymentEvents(Inbox inbox) {
        this.inbox = inbox;
    }

    @ApplicationModuleListener
    void on(PaymentConfirmed payment) {
        if (payment.conversationId() != null) {
            inbox.recordEvent(
                    payment.workspaceId(),
                    payment.conversationId(),
                    "payment_received",
                    LinkAmounts.display(payment.amount(), payment.currency()),
                    null,
                    "payment");
        }
    }
}
