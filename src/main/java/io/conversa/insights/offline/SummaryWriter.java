package io.conversa.insights.offline;

import io.conversa.insights.offline.Analysis.Topic;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the 2-4 sentence summary in the workspace language: what the customer owes, what they said (the two
 * weightiest points), and their tone.
 */
final class SummaryWriter {

    private static final int POINTS = 2;

    private SummaryWriter() {}

    static String write(Findings f) {
        List<String> sentences = new ArrayList<>();
        sentences.add(debt(f));
        if (!f.customerWrote()) {
            sentences.add(f.english() ? "The customer has not replied yet." : "El cliente aún no responde.");
            return String.join(" ", sentences);
        }
        sentences.addAll(points(f).stream().limit(POINTS).toList());
        sentences.add(tone(f));
        return String.join(" ", sentences);
    }

    private static String debt(Findings f) {
        String name = f.customerOr(f.english() ? "The customer" : "El cliente");
        int count = f.invoices().size();
        if (count == 0 && f.balance().signum() == 0) {
            return f.english()
                    ? "Collections conversation with " + name + "."
                    : "Conversación de cobranza con " + name + ".";
        }
        String total = f.money(f.balance());
        if (count == 0) {
            return f.english() ? name + " owes " + total + "." : name + " tiene un saldo de " + total + ".";
        }
        String overdue = f.money(
                f.invoices().stream().map(ConversationInput.Invoice::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        String numbers = String.join(
                        ", ",
                        f.invoices().stream()
                                .map(ConversationInput.Invoice::number)
                                .limit(3)
                                .toList())
                + (count > 3 ? (f.english() ? " and more" : " y otras") : "");
        String invoices = f.english()
                ? (count == 1 ? "invoice " : "invoices ") + numbers
                : (count == 1 ? "la factura " : "las facturas ") + numbers;
        if (f.english()) {
            return name + " owes " + total + "; overdue: " + invoices + " for " + overdue + ".";
        }
        return name + " tiene un saldo de " + total + "; " + (count == 1 ? "vencida: " : "vencidas: ") + invoices
                + " por " + overdue + ".";
    }

    private static List<String> points(Findings f) {
        boolean en = f.english();
        List<String> points = new ArrayList<>();
        if (f.promise() != null) {
            String amount = f.promise().amount() == null
                    ? ""
                    : " " + f.money(f.promise().amount());
            String day = MoneyFormat.day(f.promise().date(), f.language());
            points.add(
                    en
                            ? "The customer promises to pay" + amount + " on " + day + "."
                            : "El cliente se compromete a pagar" + amount + " el " + day + ".");
        }
        if (f.has(Topic.DISPUTA)) {
            points.add(
                    f.reportsPayment()
                            ? (en
                                    ? "They say it is already paid and contest the charge."
                                    : "Afirma que ya pagó y disputa el cobro.")
                            : (en
                                    ? "They contest the debt or the amount charged."
                                    : "Disputa la deuda o el monto cobrado."));
        }
        if (f.has(Topic.BAJA)) {
            points.add(en ? "They ask to stop receiving messages." : "Pide no recibir más mensajes.");
        }
        if (f.has(Topic.DATOS_DE_CONTACTO)) {
            points.add(
                    en
                            ? "They give new contact details or say the number is not the customer's."
                            : "Informa nuevos datos de contacto o que el número no es del cliente.");
        }
        if (f.has(Topic.RECLAMO) || f.has(Topic.SOPORTE)) {
            points.add(problem(f, en));
        }
        if (f.has(Topic.CONSULTA)) {
            points.add(
                    en
                            ? "They ask for information about the debt or how to pay."
                            : "Pide información sobre la deuda o cómo pagar.");
        }
        if (f.has(Topic.PAGO) && f.promise() == null && !f.has(Topic.DISPUTA)) {
            points.add(payment(f, en));
        }
        if (f.has(Topic.OTRO)) {
            points.add(en ? "They also bring up another matter." : "También trata otro tema.");
        }
        return points;
    }

    private static String problem(Findings f, boolean en) {
        if (f.has(Topic.RECLAMO) && f.has(Topic.SOPORTE)) {
            return en
                    ? "They complain about a problem that needs fixing."
                    : "Reclama por un problema que requiere solución.";
        }
        if (f.has(Topic.RECLAMO)) {
            return en
                    ? "They complain about the service or how they were treated."
                    : "Reclama por el servicio o la atención recibida.";
        }
        return en
                ? "They report something to fix (access, the invoice or the service)."
                : "Reporta algo que hay que resolver (acceso, factura o servicio).";
    }

    private static String payment(Findings f, boolean en) {
        if (f.reportsPayment()) {
            return en ? "They report having paid." : "Informa que ya pagó.";
        }
        if (f.cannotPay()) {
            return en ? "They say they cannot pay for now." : "Dice que por ahora no puede pagar.";
        }
        return en
                ? "They acknowledge the payment reminder without a date."
                : "Acusa recibo del recordatorio, sin fecha de pago.";
    }

    private static String tone(Findings f) {
        return switch (f.sentiment()) {
            case POSITIVE -> f.english() ? "Their tone is positive." : "El tono del cliente es positivo.";
            case NEGATIVE -> f.english() ? "Their tone is negative." : "El tono del cliente es negativo.";
            case NEUTRAL -> f.english() ? "Their tone is neutral." : "El tono del cliente es neutral.";
        };
    }
}
