package io.conversa.insights.offline;

import io.conversa.core.ChatMoney;
import io.conversa.insights.offline.Analysis.PromiseToPay;
import io.conversa.insights.offline.Analysis.Sentiment;
import io.conversa.insights.offline.Analysis.Topic;
import io.conversa.insights.offline.ConversationInput.Invoice;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What the rules found in a conversation, for the summary and the next action: the labels plus the details behind
 * them (a payment reported, not being able to pay, new contact details, the invoice the customer names).
 */
record Findings(
        String customerName,
        String currency,
        String language,
        BigDecimal balance,
        List<Invoice> invoices,
        boolean customerWrote,
        Sentiment sentiment,
        List<Topic> topics,
        PromiseToPay promise,
        boolean reportsPayment,
        boolean cannotPay,
        Optional<String> newContact,
        Optional<Invoice> namedInvoice) {

    boolean has(Topic topic) {
        return topics.contains(topic);
    }

    boolean english() {
        return "en".equals(language);
    }

    String money(BigDecimal amount) {
        return ChatMoney.format(amount, currency);
    }

    /** The invoice in question: the one the customer names, the only one, or none when there are several. */
    Optional<Invoice> invoice() {
        return namedInvoice.or(() -> invoices.size() == 1 ? Optional.of(invoices.get(0)) : Optional.empty());
    }

    /** The amount in question: the invoice's, or the balance. */
    BigDecimal amountDue() {
        return invoice().map(Invoice::amount).orElse(balance);
    }

    /** "la factura F-1023" / "the invoice F-1023", or "las facturas A, B" / "the invoices A, B", or "" when none. */
    String invoiceReference() {
        Optional<Invoice> one = invoice();
        if (one.isPresent()) {
            return (english() ? "invoice " : "la factura ") + one.get().number();
        }
        if (invoices.isEmpty()) {
            return "";
        }
        String numbers = String.join(
                        ", ", invoices.stream().map(Invoice::number).limit(3).toList())
                + (invoices.size() > 3 ? (english() ? " and more" : " y otras") : "");
        return (english() ? "invoices " : "las facturas ") + numbers;
    }

    String customerOr(String fallback) {
        return customerName.isBlank() ? fallback : customerName;
    }
}
