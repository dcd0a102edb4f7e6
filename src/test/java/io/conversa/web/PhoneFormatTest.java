package io.conversa.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** WhatsApp ids shown as people read the number, in the conversation header and panel. */
class PhoneFormatTest {

    private final Formats formats = new Formats(null, null, null);

    @Test
    void aWhatsAppIdIsShownInTheInternationalFormat() {
        assertThat(formats.phone("56987654321")).isEqualTo("+56 9 8765 4321");
        assertThat(formats.phone("5491123456789")).isEqualTo("+54 9 11 2345-6789");
        assertThat(formats.phone("573105551234")).isEqualTo("+57 310 5551234");
    }

    @Test
    void digitsThatAreNoNumberAreShownAsTheyCame() {
        assertThat(formats.phone("999")).isEqualTo("+999");
        assertThat(formats.phone(null)).isEmpty();
    }

    @Test
    void aContactIsItsNameElseItsNumberElseItsUserId() {
        assertThat(formats.contact("Ana", "56987654321", null)).isEqualTo("Ana");
        assertThat(formats.contact(" ", "56987654321", null)).isEqualTo("+56 9 8765 4321");
        assertThat(formats.contact(null, null, "CL.123")).isEqualTo("CL.123");
    }
}
