package io.conversa.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PromptMaskingTest {

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "mi correo nuevo es juan.perez+cobros@empresa.com.mx | mi correo nuevo es [email]",
                "Escríbanle a MARIA_LOPEZ@Gmail.COM, gracias | Escríbanle a [email], gracias",
                "mail: ana-maría@correo.cl. | mail: [email]."
            })
    void emailAddresses(String text, String masked) {
        assertThat(PromptMasking.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "pagué con la 4111 1111 1111 1111 ayer | pagué con la [tarjeta] ayer",
                "tarjeta 5500-0000-0000-0004 | tarjeta [tarjeta]",
                "la 4111111111111111, vence 12/28 | la [tarjeta], vence 12/28",
                "amex 3782 822463 10005 | amex [tarjeta]",
                "visa 4222222222222. | visa [tarjeta].",
                // grouped like a card: masked even when the check digit is wrong (a typo is still a card)
                "4111 1111 1111 1112 | [tarjeta]",
                "19 dígitos 6011 0009 9013 9424 123 | 19 dígitos [tarjeta]"
            })
    void cardNumbers(String text, String masked) {
        assertThat(PromptMasking.mask(text)).isEqualTo(masked);
    }

    @Test
    void aLongRunOfDigitsThatFailsTheLuhnCheckIsNotACard() {
        assertThat(PromptMasking.mask("operación 4111111111111112")).isEqualTo("operación 4111111111111112");
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                // Chile RUT, with and without dots, check digit K
                "mi rut 12.345.678-5 | mi rut [id_fiscal]",
                "El RUT es 7.654.321-K, gracias | El RUT es [id_fiscal], gracias",
                "a nombre de 12345678-5 | a nombre de [id_fiscal]",
                // Colombia NIT
                "NIT 900.123.456-7 | NIT [id_fiscal]",
                "facturar al 900123456-7 por favor | facturar al [id_fiscal] por favor",
                // Argentina CUIT / CUIL
                "CUIT 20-12345678-9 | CUIT [id_fiscal]",
                "mi cuil: 27-33444555-1. | mi cuil: [id_fiscal].",
                "el 30712345671 es el de la empresa | el [id_fiscal] es el de la empresa",
                // Peru RUC
                "RUC 20123456789 | RUC [id_fiscal]",
                "a la empresa 10456789012. | a la empresa [id_fiscal].",
                // Mexico RFC (moral and física) and CURP
                "RFC: ABC850101AB1 | RFC: [id_fiscal]",
                "mi rfc es gode561231gr8 | mi rfc es [id_fiscal]",
                "facturen a GODE561231GR8 | facturen a [id_fiscal]",
                "CURP GODE561231HDFRRN09 | CURP [id_fiscal]",
                // a number after a label
                "DNI 30.123.456 | DNI [id_fiscal]",
                "mi dni es 30123456 | mi dni es [id_fiscal]",
                "C.C. 1.020.345.678 | C.C. [id_fiscal]",
                "cédula nro. 1020345678 | cédula nro. [id_fiscal]",
                "Documento: 45678912 | Documento: [id_fiscal]"
            })
    void taxAndIdentityNumbers(String text, String masked) {
        assertThat(PromptMasking.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "\"{0}\" is left alone")
    @ValueSource(
            strings = {
                "le debo $120.000 de la F-1023",
                "son $1.250.000 en total, $2,850.00 en México y S/ 1,340.00 en Lima",
                "la factura FAC-2026-00123 venció el 2026-03-04 18:31",
                "pago el 15/03/2026 a las 18:30",
                "transferí 350000 el lunes",
                "el pedido 12345678 llegó incompleto",
                "la cuota 3 de 12, 50 lucas",
                "el viernes te pago la mitad, unos 60.000",
                "I'll pay the $2,850.00 on Friday",
                "te mando el comprobante n° 004512 mañana",
                "son 12.345.678 pesos",
                "pedido 2026031512",
                "que rico el run de ayer 😅",
                "ok 👍"
            })
    void amountsInvoicesDatesAndPlainTextAreLeftAlone(String text) {
        assertThat(PromptMasking.mask(text)).isEqualTo(text);
    }

    @Test
    void everythingInOneMessage() {
        String text = "Soy Juan, RUT 12.345.678-5, correo juan@mail.com; pagué $120.000 de la F-1023 con la "
                + "4111 1111 1111 1111 el 04/03";

        assertThat(PromptMasking.mask(text))
                .isEqualTo("Soy Juan, RUT [id_fiscal], correo [email]; pagué $120.000 de la F-1023 con la "
                        + "[tarjeta] el 04/03");
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "Hola Juan, ¿cómo está? | Hola [nombre], ¿cómo está?",
                "Buenas tardes Sr. PEREZ | Buenas tardes Sr. [nombre]",
                "habla con juan pérez soto | habla con [nombre] [nombre] [nombre]",
                "soy Juanita, la hija | soy Juanita, la hija",
                "de la factura de los pagos | de la factura de los pagos"
            })
    void theWordsOfTheCustomersName(String text, String masked) {
        assertThat(PromptMasking.mask(text, "Juan Pérez Soto de la Fuente")).isEqualTo(masked);
    }

    @Test
    void aCompanyNameWithoutItsLegalForm() {
        assertThat(PromptMasking.mask("Ferretería Los Andes no paga", "Ferretería Los Andes SpA"))
                .isEqualTo("[nombre] Los [nombre] no paga");
        assertThat(PromptMasking.mask("hola", "")).isEqualTo("hola");
        assertThat(PromptMasking.mask("hola", "Li")).isEqualTo("hola");
    }

    @Test
    void nothingToMask() {
        assertThat(PromptMasking.mask(null)).isEmpty();
        assertThat(PromptMasking.mask("")).isEmpty();
    }

    @Test
    void luhn() {
        assertThat(PromptMasking.luhn("4111111111111111")).isTrue();
        assertThat(PromptMasking.luhn("378282246310005")).isTrue();
        assertThat(PromptMasking.luhn("4111111111111112")).isFalse();
    }
}
