package io.conversa.payments.internal;

import io.conversa.inbox.Inbox;
import io.conversa.inbox.SendRequest;
import io.conversa.payments.PaymentConfirmed;
import java.time.Clock;
import java.time.Instant;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A confirmed payment shows in its conversation: "Pago recibido" in the thread, open inboxes redraw the conversation
 * with the customer's new balance, and inside the 24-hour window the customer is thanked (once per link).
 */
@Component
class PaymentEvents {

    private final Inbox inbox;
    private final Clock clock;

    PaymentEvents(Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PaymentConfirmed payment) {
        if (payment.conversationId() == null) {
            return;
        }
        String amount = LinkAmounts.display(payment.amount(), payment.currency());
        inbox.recordEvent(payment.workspaceId(), payment.conversationId(), "payment_received", amount, null, "payment");
        if (inbox.conversation(payment.workspaceId(), payment.conversationId()).windowOpen(Instant.now(clock))) {
            // a thank-you inside the 24-hour window; the key makes a repeated event send it once
            inbox.send(
                    payment.workspaceId(),
                    payment.conversationId(),
                    SendRequest.text("¡Gracias! Recibimos tu pago de " + amount + "."),
                    null,
                    "payment-thanks:" + payment.linkId());
        }
    }
}
