package io.conversa.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The workspace created at the first start ({@code conversa.workspace.*}); later changes are made in the app.
 *
 * @param name business name shown in the app
 * @param defaultCountry ISO 3166 country used to read phone numbers typed without a country code
 * @param timeZone IANA time zone for dates, overdue days and contact hours
 * @param currency ISO 4217 currency of balances
 * @param locale language of the UI by default ({@code es} or {@code en})
 */
@ConfigurationProperties("conversa.workspace")
public record WorkspaceProperties(
        @DefaultValue("Mi empresa") String name,
        @DefaultValue("CL") String defaultCountry,
        @DefaultValue("America/Santiago") String timeZone,
        @DefaultValue("CLP") String currency,
        @DefaultValue("es") String locale) {}
