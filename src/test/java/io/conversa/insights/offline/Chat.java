package io.conversa.insights.offline;

import io.conversa.insights.offline.ConversationInput.Direction;
import io.conversa.insights.offline.ConversationInput.Invoice;
import io.conversa.insights.offline.ConversationInput.Message;
import io.conversa.insights.offline.ConversationInput.Receivables;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A conversation for tests: messages a minute apart from a start time, and one overdue invoice by default. */
final class Chat {

    private final List<Message> messages = new ArrayList<>();
    private OffsetDateTime clock;
    private ZoneId zone = ZoneId.of("America/Santiago");
    private String currency = "CLP";
    private String language = "es";
    private List<Invoice> invoices = List.of(new Invoice("F-1023", new BigDecimal("120000"), LocalDate.of(2026, 2, 1)));

    private Chat(String start) {
        clock = OffsetDateTime.parse(start);
    }

    /** A chat whose first message is at {@code start} (an ISO offset date-time). */
    static Chat at(String start) {
        return new Chat(start);
    }

    Chat zone(String zoneId) {
        zone = ZoneId.of(zoneId);
        return this;
    }

    Chat currency(String code) {
        currency = code;
        return this;
    }

    Chat english() {
        language = "en";
        return this;
    }

    Chat invoices(Invoice... overdue) {
        invoices = List.of(overdue);
        return this;
    }

    Chat agent(String text) {
        return add(Direction.OUTBOUND, text);
    }

    Chat customer(String text) {
        return add(Direction.INBOUND, text);
    }

    /** The next message is sent at {@code at}. */
    Chat then(String at) {
        clock = OffsetDateTime.parse(at);
        return this;
    }

    private Chat add(Direction direction, String text) {
        messages.add(new Message(direction, clock, text));
        clock = clock.plusMinutes(1);
        return this;
    }

    ConversationInput input() {
        BigDecimal balance = invoices.stream().map(Invoice::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ConversationInput(
                messages, zone, currency, language, new Receivables("Rodrigo Pérez", balance, invoices));
    }

    Analysis analyze() {
        return new OfflineAnalyzer().analyze(input());
    }

    /** The promised date, or null. */
    LocalDate promiseDate() {
        Analysis.PromiseToPay promise = analyze().promise();
        return promise == null ? null : promise.date();
    }

    static Chat customerSays(String at, String text) {
        return at(at).agent("Hola Rodrigo, la factura F-1023 por $120.000 está vencida.")
                .customer(text);
    }
}
