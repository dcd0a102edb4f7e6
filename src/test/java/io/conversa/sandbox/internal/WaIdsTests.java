package io.conversa.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WaIdsTests {

    @Test
    void recipientsBecomeDigitsAndMexicanMobilesGainTheOne() {
        assertThat(WaIds.fromRecipient("+56 9 8765 4321")).isEqualTo("56987654321");
        assertThat(WaIds.fromRecipient("+52 55 1234 5678")).isEqualTo("5215512345678");
        assertThat(WaIds.fromRecipient("5215512345678")).isEqualTo("5215512345678");
        assertThat(WaIds.fromRecipient("0054 9 11 2345 6789")).isEqualTo("5491123456789");
    }

    @Test
    void typedPhonesUseTheDefaultCountryForNationalTypings() {
        assertThat(WaIds.fromTypedPhone("9 8765 4321", "CL")).contains("56987654321");
        assertThat(WaIds.fromTypedPhone("+52 1 55 1234 5678", "CL")).contains("5215512345678");
        assertThat(WaIds.fromTypedPhone("not a phone", "CL")).isEmpty();
        assertThat(WaIds.fromTypedPhone(null, "CL")).isEmpty();
    }

    @Test
    void waIdsEndingIn0000AreUndeliverable() {
        assertThat(WaIds.isUndeliverable("56911110000")).isTrue();
        assertThat(WaIds.isUndeliverable("56911110001")).isFalse();
    }
}
