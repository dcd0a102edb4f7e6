/** Ports the inbox needs from a messaging provider; the WhatsApp adapter implements them. */
@org.springframework.modulith.NamedInterface("spi")
package io.conversa.inbox.spi;
