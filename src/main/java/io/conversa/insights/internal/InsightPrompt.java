package io.conversa.insights.internal;

import io.conversa.core.ChatMoney;
import io.conversa.insights.offline.ConversationInput;
import io.conversa.insights.offline.ConversationInput.Invoice;
import io.conversa.insights.offline.ConversationInput.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The two messages sent to the model: the rules (system) and the least context needed (user): today's date and time
 * zone, the currency, the balance and the overdue invoices, then the conversation as {@code [2026-03-04 18:31]
 * cliente: …} lines with personal data masked. The customer's name and phone number are not in it (the words of the
 * name are masked in the messages too, agents greet customers by name).
 */
final class InsightPrompt {

    /** The newest messages that go in the prompt; older ones are left out (the summary is about the end). */
    static final int MAX_MESSAGES = 80;

    /** Characters of one message kept in the prompt. */
    static final int MAX_MESSAGE_CHARS = 1_000;

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private InsightPrompt() {}

    static String system(String language) {
        String lang = "en".equals(language) ? "English" : "Spanish (Latin American)";
        return """
                You analyze a WhatsApp conversation between a company's collections agent ("agente"/"agent") and a \
                customer ("cliente"/"customer") about money the customer owes. Answer only with the JSON object of \
                the schema.

                - summary: 2 to 4 sentences in %1$s with the main points: what the customer said, owes, promised \
                or asked for.
                - sentiment: the customer's tone at the end of the conversation, from the customer's messages only \
                (never the agent's). positive: thanks, warmth, cooperation, any explicit thanks. neutral: factual \
                replies and questions, a bare "ok", "👍", "listo" or "el viernes pago" without thanks. negative: \
                anger, complaints, refusal, threats, sarcasm, or distress even when polite.
                - topics: one or more of the fixed list. pago: anything about paying, a payment made, how to pay or \
                not being able to pay; every promise is also pago; a bare acknowledgement of a reminder is pago. \
                promesa_de_pago: the customer commits to paying on a date or within a period. disputa: the customer \
                contests the debt or an amount ("ya lo pagué" against the company's records is disputa + pago; a \
                refusal inside a dispute is disputa alone). reclamo: a complaint about the product, service or \
                treatment (too many messages). soporte: something to fix (broken product, access, an invoice that is \
                wrong or never arrives). consulta: a request for information (balance, an invoice, a copy); questions \
                about bank details, the payment link or the deadline are consulta + pago. datos_de_contacto: new \
                e-mail, phone or address, or wrong person / wrong number. baja: asks to stop receiving messages. \
                otro: none of the above.
                - promise: only when the customer commits to paying on a date; otherwise null. Not a promise: \
                conditionals ("si me pagan…"), sarcasm, dates about something else, an amount with no date. Resolve \
                the date from the date of the customer's message that holds the promise (not from today), in the \
                conversation's time zone: "mañana" = the next day; a weekday ("el viernes") = the next such day \
                after that message; "el 15" = the next 15th; "a fin de mes" = the last day of that month; "la \
                próxima semana" = Monday of next week; "en la quincena" = the 15th or the month's last day, \
                whichever comes next. date as YYYY-MM-DD. amount: a plain number without thousands separators \
                (e.g. "60000" or "1425.50") when stated or clearly implied ("todo", "la factura", "la cuota", "la \
                mitad"), else null.
                - nextAction: one concrete suggestion for the agent in %1$s that uses the receivables data (amounts \
                and invoice numbers as given), e.g. "Enviar link de pago por $120.000 de la factura F-1023" or \
                "Registrar la promesa de pago del 13/03 y recordar ese día".

                Regional meanings: "cancelé" = I paid (Colombia, Peru); "soporte" = a payment receipt (Colombia); \
                "luca(s)" = thousand pesos (Chile, Argentina); "quincena" = mid-month pay (Mexico, Peru). Text in \
                square brackets such as [nombre], [email], [tarjeta] or [id_fiscal] was removed for privacy.""".formatted(lang);
    }

    static String user(ConversationInput conversation, LocalDate today) {
        String currency = conversation.currency();
        StringBuilder out = new StringBuilder();
        out.append("Today: ").append(today).append('\n');
        out.append("Time zone: ").append(conversation.zone().getId()).append('\n');
        out.append("Currency: ").append(currency).append('\n');
        out.append("Balance: ")
                .append(money(conversation.receivables().balance(), currency))
                .append('\n');
        List<Invoice> invoices = conversation.receivables().overdueInvoices();
        if (invoices.isEmpty()) {
            out.append("Overdue invoices: none\n");
        } else {
            out.append("Overdue invoices:\n");
            for (Invoice invoice : invoices) {
                out.append("- ").append(line(invoice.number())).append(": ").append(money(invoice.amount(), currency));
                if (invoice.dueDate() != null) {
                    out.append(", due ").append(invoice.dueDate());
                }
                out.append('\n');
            }
        }
        out.append("\nConversation:\n");
        List<Message> messages = conversation.messages();
        int from = Math.max(0, messages.size() - MAX_MESSAGES);
        if (from > 0) {
            out.append("(").append(from).append(" earlier messages left out)\n");
        }
        boolean english = "en".equals(conversation.language());
        String customer = conversation.receivables().customerName();
        for (Message message : messages.subList(from, messages.size())) {
            LocalDateTime at =
                    message.at().atZoneSameInstant(conversation.zone()).toLocalDateTime();
            String who = message.inbound() ? (english ? "customer" : "cliente") : (english ? "agent" : "agente");
            out.append('[')
                    .append(MINUTE.format(at))
                    .append("] ")
                    .append(who)
                    .append(": ")
                    .append(PromptMasking.mask(line(message.text()), customer))
                    .append('\n');
        }
        return out.toString();
    }

    /** A message on one line, cut to {@link #MAX_MESSAGE_CHARS}. */
    private static String line(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " / ");
        return flat.length() <= MAX_MESSAGE_CHARS ? flat : flat.substring(0, MAX_MESSAGE_CHARS) + "…";
    }

    /**
     * An amount the way the collections team writes it, so the model can copy it into the next action: whole pesos
     * with a dot for thousands ({@code $120.000}), soles as {@code S/ 1,340.00}, dollars and Mexican pesos as {@code
     * $2,850.00}, anything else with its code.
     */
    static String money(BigDecimal amount, String currency) {
        return ChatMoney.format(amount == null ? BigDecimal.ZERO : amount, currency);
    }
}
