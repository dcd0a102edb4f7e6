/**
 * Templates: the WhatsApp message templates of each business account (synced from Meta, created here and submitted
 * for review), and variable binding: one piece of code that fills a template's variables by hand or from the
 * customer's receivables data and renders exactly what the customer will read.
 *
 * <p>Exposes {@link io.conversa.templates.Templates}; ports in {@code spi}: {@code TemplateProvider} (Meta's
 * template API, implemented by the WhatsApp adapter) and {@code VariableSource} (extra bindable data such as a
 * payment link). Owns the tables {@code message_template} and {@code template_sync}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"receivables", "settings", "identity", "core"})
package io.conversa.templates;
