package io.conversa.campaigns.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.conversa.core.E164;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecipientZonesTest {

    private static final ZoneId FALLBACK = ZoneId.of("America/Lima");

    private final RecipientZones zones = new RecipientZones();

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(textBlock = """
            # Chile: a mobile and a Santiago landline
            +56987654321, America/Santiago
            +56223456789, America/Santiago
            # Mexico City and Tijuana
            +525512345678, America/Mexico_City
            +526641234567, America/Tijuana
            # Argentina: libphonenumber answers the old name, which the JDK keeps as an alias
            +5491123456789, America/Buenos_Aires
            +541123456789, America/Buenos_Aires
            # Colombia, Brazil (Sao Paulo and Manaus)
            +573001234567, America/Bogota
            +5511987654321, America/Sao_Paulo
            +5592987654321, America/Manaus
            # Several zones (Australian mobiles): the first of libphonenumber's list, which is alphabetical
            +61412345678, Australia/Adelaide
            """)
    void readsTheZoneFromTheNumber(String number, String zone) {
        assertThat(zones.zoneOf(new E164(number), FALLBACK)).isEqualTo(ZoneId.of(zone));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+999123456789", // no such country code
                "+15551234567", // 555: not an assigned area code
                "+5690000000", // too short for Chile
                "+5215512345678" // Mexico's old mobile 1: not valid any more
            })
    void fallsBackWhenTheNumberDoesNotTell(String number) {
        assertThat(zones.zoneOf(new E164(number), FALLBACK)).isEqualTo(FALLBACK);
    }

    @Test
    void argentinasOldZoneNameHasTheSameRules() {
        assertThat(zones.zoneOf(new E164("+5491123456789"), FALLBACK).getRules())
                .isEqualTo(ZoneId.of("America/Argentina/Buenos_Aires").getRules());
    }
}
