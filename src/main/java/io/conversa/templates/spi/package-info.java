/** Ports of the templates module: the provider's template API, and extra data sources for variable binding. */
@org.springframework.modulith.NamedInterface("spi")
package io.conversa.templates.spi;
