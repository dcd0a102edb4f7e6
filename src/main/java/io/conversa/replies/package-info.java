/**
 * Canned replies (respuestas rápidas): answers a workspace's agents save and insert in the chat composer by typing
 * {@code /} and a shortcut. Their text may carry variables ({@code {{nombre}}}, {@code {{saldo}}}, …) filled from
 * the customer's receivables data, the agent and the workspace when a reply is expanded.
 *
 * <p>Exposes {@link io.conversa.replies.CannedReplies}. Owns the table {@code canned_reply}. Publishes no events and
 * listens to none.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"receivables", "identity", "core"})
package io.conversa.replies;
