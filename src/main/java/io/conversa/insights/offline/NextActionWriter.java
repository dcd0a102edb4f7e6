package io.conversa.insights.offline;

import io.conversa.insights.offline.Analysis.Topic;

/**
 * Writes the one next action, concrete and with the receivables data: opting out and contact details first (they
 * change whom to write to), then a dispute, a promise, a problem to fix, a complaint, a payment to confirm, a customer
 * who cannot pay, a question, and by default the payment link for what is due.
 */
final class NextActionWriter {

    private NextActionWriter() {}

    static String write(Findings f) {
        boolean en = f.english();
        String name = f.customerOr(en ? "the customer" : "el cliente");
        String due = f.money(f.amountDue());
        String invoice = f.invoiceReference();
        String ofInvoice = invoice.isEmpty() ? "" : (en ? " for " : " de ") + invoice;
        if (f.has(Topic.BAJA)) {
            return en ? "Opt " + name + " out of bulk sends" : "Marcar baja de envíos masivos para " + name;
        }
        if (f.has(Topic.DATOS_DE_CONTACTO)) {
            String contact = f.newContact()
                    .map(c -> en ? " (new: " + c + ")" : " (nuevo: " + c + ")")
                    .orElse("");
            return en
                    ? "Update the contact details of " + name + contact
                    : "Actualizar los datos de contacto de " + name + contact;
        }
        if (f.has(Topic.DISPUTA)) {
            String subject = invoice.isEmpty() ? (en ? "the debt" : "la deuda") : invoice;
            if (f.reportsPayment()) {
                return en
                        ? "Check the reported payment of " + subject + " (" + due + ") and confirm to the customer"
                        : "Verificar el pago informado de " + subject + " (" + due + ") y confirmar al cliente";
            }
            return en
                    ? "Review the dispute over " + subject + " (" + due + ") with the customer"
                    : "Revisar la disputa de " + subject + " (" + due + ") con el cliente";
        }
        if (f.promise() != null) {
            String amount = f.promise().amount() == null
                    ? ""
                    : (en ? " of " : " de ") + f.money(f.promise().amount());
            String day = MoneyFormat.day(f.promise().date(), f.language());
            return en
                    ? "Record the promise to pay" + amount + " on " + day + " and follow up that day"
                    : "Registrar la promesa de pago" + amount + " del " + day + " y recordar ese día";
        }
        if (f.has(Topic.SOPORTE)) {
            return en
                    ? "Send the problem to support and hold collection" + ofInvoice + " until it is fixed"
                    : "Derivar el problema a soporte y pausar el cobro" + ofInvoice + " hasta resolverlo";
        }
        if (f.has(Topic.RECLAMO)) {
            return en
                    ? "Escalate the complaint to a manager before asking again for " + due
                    : "Escalar el reclamo a un responsable antes de insistir con el cobro de " + due;
        }
        if (f.reportsPayment()) {
            return en
                    ? "Confirm the payment of " + due + ofInvoice + " and reconcile it"
                    : "Confirmar el pago de " + due + ofInvoice + " y conciliarlo";
        }
        if (f.cannotPay()) {
            return en
                    ? "Offer a payment plan for the balance of " + f.money(f.balance())
                    : "Ofrecer un plan de pagos para el saldo de " + f.money(f.balance());
        }
        if (f.has(Topic.CONSULTA)) {
            return en
                    ? "Answer with the details" + ofInvoice + " and send the payment link for " + due
                    : "Responder la consulta con el detalle" + ofInvoice + " y enviar link de pago por " + due;
        }
        return en ? "Send a payment link for " + due + ofInvoice : "Enviar link de pago por " + due + ofInvoice;
    }
}
