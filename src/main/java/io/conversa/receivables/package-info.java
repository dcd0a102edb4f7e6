/**
 * Receivables: the copy of the host platform's customers, invoices and payments that the inbox shows beside each
 * chat, loaded by REST upsert (keyed by external reference) and by CSV import, plus phone matching of WhatsApp ids.
 *
 * <p>Exposes {@link io.conversa.receivables.Customers} (including {@code findByPhone}), {@link
 * io.conversa.receivables.Invoices}, {@link io.conversa.receivables.Payments} and {@link
 * io.conversa.receivables.Imports}. Owns the tables {@code customer}, {@code customer_tag}, {@code invoice},
 * {@code payment} and {@code payment_application}. Publishes no events yet; listens to none.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "core"})
package io.conversa.receivables;
