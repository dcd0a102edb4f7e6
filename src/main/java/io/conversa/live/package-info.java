/**
 * Live updates: what happens to conversations (a new message, a status, an agent's change) reaches every open
 * browser of the workspace within a second, over Server-Sent Events at {@code /live/events}. Several instances on one
 * PostgreSQL share notices through {@code LISTEN/NOTIFY}; on H2 (one instance) they stay in process.
 *
 * <p>Listens to the inbox's events after their transaction commits; owns no table.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"inbox", "identity", "core"})
package io.conversa.live;
