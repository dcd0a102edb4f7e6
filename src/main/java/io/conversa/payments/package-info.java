/**
 * Payments: payment links (links de pago) over a customer's invoices, the public checkout page where the customer pays
 * them, the payment providers behind it and the confirmation of a payment.
 *
 * <p>A payment link carries an amount and currency (the invoices it pays, oldest first, or a partial amount) and an
 * unguessable token; the customer opens {@code /pay/{token}} and is sent to the provider of the link's workspace: the
 * built-in sandbox (the default, which simulates the payment), Stripe (a Checkout Session) or Mercado Pago (a Checkout
 * Pro preference), all behind one port ({@code internal.PaymentProvider}), chosen per workspace in Configuración →
 * Pagos (its keys sealed like the WhatsApp secrets) or, for a workspace that saved nothing, with {@code
 * CONVERSA_PAYMENTS_PROVIDER} and the server's keys. A provider's webhook (one URL for all workspaces) is verified
 * before anything is recorded (Stripe's signature; Mercado Pago's {@code x-signature} and the payment fetched back from
 * its API) with the server's keys or a workspace's, and confirms only a link of a workspace using those very keys; a
 * confirmed payment is applied once, by the provider's payment id, as a receivables payment.
 *
 * <p>Fills the templates' {@code payment.link} variable ({@code templates.spi.VariableSource}) with the customer's
 * newest link that can still be paid; the payment-link panel sends a new link outside the 24-hour window in an approved
 * template that can carry it.
 *
 * <p>Exposes {@link io.conversa.payments.PaymentLinks} and {@link io.conversa.payments.PaymentSettings}; server settings
 * in {@link io.conversa.payments.PaymentsProperties} ({@code conversa.payments.*}). Owns the tables {@code
 * payment_link}, {@code payment_link_invoice}, {@code payment_confirmation} and {@code payment_settings}. Publishes
 * {@link io.conversa.payments.PaymentConfirmed}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"inbox", "templates", "templates::spi", "receivables", "settings", "identity", "core"})
package io.conversa.payments;
