/**
 * Demo data for the zero-setup run: a workspace with an admin and an agent, about 200 customers from Chile,
 * Mexico, Argentina, Colombia and Peru, their invoices in every overdue age, and payments. On by default only
 * with the embedded database; {@code CONVERSA_DEMO_DATA} overrides. Loads through the receivables and identity
 * facades only (the replies facade for a few canned replies); publishes nothing.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"identity", "receivables", "replies", "inbox", "settings", "core"})
package io.conversa.demo;
