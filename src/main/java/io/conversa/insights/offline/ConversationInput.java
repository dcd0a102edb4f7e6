package io.conversa.insights.offline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What the offline analyzer reads: the messages of one conversation in order, the conversation's time zone (promise
 * dates are resolved in it), the currency of its receivables, the workspace language of the summary and next action
 * ({@code es} by default, or {@code en}) and the customer's receivables.
 */
public record ConversationInput(
        List<Message> messages, ZoneId zone, String currency, String language, Receivables receivables) {

    public ConversationInput {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        zone = zone == null ? ZoneId.of("UTC") : zone;
        currency = currency == null || currency.isBlank() ? "USD" : currency;
        language = "en".equalsIgnoreCase(language) ? "en" : "es";
        receivables = receivables == null ? Receivables.NONE : receivables;
    }

    /** Who wrote a message: the customer ({@code INBOUND}) or the company's agent ({@code OUTBOUND}). */
    public enum Direction {
        INBOUND,
        OUTBOUND
    }

    /** One chat message. */
    public record Message(Direction direction, OffsetDateTime at, String text) {

        public Message {
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(at, "at");
            text = text == null ? "" : text;
        }

        public boolean inbound() {
            return direction == Direction.INBOUND;
        }
    }

    /** The customer as the receivables module knows them; balance and invoices in the conversation's currency. */
    public record Receivables(String customerName, BigDecimal balance, List<Invoice> overdueInvoices) {

        static final Receivables NONE = new Receivables("", BigDecimal.ZERO, List.of());

        public Receivables {
            customerName = customerName == null ? "" : customerName.strip();
            balance = balance == null ? BigDecimal.ZERO : balance;
            overdueInvoices = overdueInvoices == null ? List.of() : List.copyOf(overdueInvoices);
        }
    }

    /** An overdue invoice (or instalment) of the customer. */
    public record Invoice(String number, BigDecimal amount, LocalDate dueDate) {}
}
