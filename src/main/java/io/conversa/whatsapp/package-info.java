/**
 * WhatsApp Cloud API adapter: the signed webhook in (signature check, archive, parsing into inbox terms) and the
 * Graph API client out (sends, mark-as-read, media download), implementing the inbox's {@code spi} ports. No Meta
 * type crosses into other modules; nothing imports this module.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"inbox", "inbox::spi", "templates", "templates::spi", "settings", "identity", "core"})
package io.conversa.whatsapp;
