/**
 * Payments: payment links (links de pago) over a customer's invoices, created from the chat or the API, paid on a
 * public checkout page reached by an unguessable token, and confirmed once per provider payment, which records a
 * receivables payment applied to the link's invoices oldest first.
 *
 * <p>Exposes {@link io.conversa.payments.PaymentLinks}. Owns the tables {@code payment_link},
 * {@code payment_link_invoice} and {@code payment_confirmation}. Publishes
 * {@link io.conversa.payments.PaymentConfirmed}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"inbox", "templates", "receivables", "settings", "identity", "core"})
package io.conversa.payments;
