/**
 * Campaigns: bulk sends (envíos masivos) of one approved template to many recipients, chosen by receivables filters,
 * a CSV or the API; durable, throttled dispatch through the inbox (each message lives in its recipient's
 * conversation); contact hours; opt-outs; live results.
 *
 * <p>Exposes {@link io.conversa.campaigns.BulkSends} and {@link io.conversa.campaigns.OptOuts}. Owns the tables
 * {@code bulk_send}, {@code bulk_recipient}, {@code contact_opt_out} and {@code bulk_policy}. Listens to the inbox's
 * {@code MessageStatusChanged} (a recipient's delivery) and {@code MessageReceived} (replies and opt-out words).
 * Publishes no events.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"inbox", "templates", "receivables", "settings", "identity", "core"})
package io.conversa.campaigns;
