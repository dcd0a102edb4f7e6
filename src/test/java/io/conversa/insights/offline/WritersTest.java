package io.conversa.insights.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.conversa.insights.offline.ConversationInput.Invoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WritersTest {

    @Test
    void formatsMoneyPerCurrency() {
        assertThat(io.conversa.core.ChatMoney.format(new BigDecimal("120000"), "CLP"))
                .isEqualTo("$120.000");
        assertThat(io.conversa.core.ChatMoney.format(new BigDecimal("1460000"), "COP"))
                .isEqualTo("$1.460.000");
        assertThat(io.conversa.core.ChatMoney.format(new BigDecimal("68400.00"), "ARS"))
                .isEqualTo("$68.400");
        assertThat(io.conversa.core.ChatMoney.format(new BigDecimal("2850"), "MXN"))
                .isEqualTo("$2,850.00");
        assertThat(io.conversa.core.ChatMoney.format(new BigDecimal("59.9"), "PEN"))
                .isEqualTo("S/ 59.90");
        assertThat(io.conversa.core.ChatMoney.format(new BigDecimal("450"), "USD"))
                .isEqualTo("$450.00");
        assertThat(io.conversa.core.ChatMoney.format(new BigDecimal("10"), "EUR"))
                .isEqualTo("EUR 10.00");
    }

    @Test
    void aPromiseIsRecordedWithItsDateAndAmount() {
        Analysis analysis = Chat.customerSays(
                        "2026-03-10T15:48:00-03:00", "Mañana a primera hora te transfiero la F-1023 completa, gracias!")
                .analyze();
        assertThat(analysis.nextAction())
                .isEqualTo("Registrar la promesa de pago de $120.000 del 11/03 y recordar ese día");
        assertThat(analysis.summary())
                .startsWith("Rodrigo Pérez tiene un saldo de $120.000; vencida: la factura F-1023 por $120.000.")
                .contains("se compromete a pagar $120.000 el 11/03")
                .endsWith("El tono del cliente es positivo.");
        assertThat(analysis.summary().split("(?<=\\.) ")).hasSizeBetween(2, 4);
    }

    @Test
    void withoutAPromiseTheDefaultIsThePaymentLink() {
        Analysis analysis = Chat.customerSays("2026-03-10T15:48:00-03:00", "ok").analyze();
        assertThat(analysis.nextAction()).isEqualTo("Enviar link de pago por $120.000 de la factura F-1023");
    }

    @Test
    void disputesOptOutsAndContactDetailsGetTheirOwnAction() {
        assertThat(Chat.customerSays("2026-03-10T15:48:00-03:00", "eso ya lo pagué el 8, revisen")
                        .analyze()
                        .nextAction())
                .isEqualTo("Verificar el pago informado de la factura F-1023 ($120.000) y confirmar al cliente");
        assertThat(Chat.customerSays("2026-03-10T15:48:00-03:00", "BAJA")
                        .analyze()
                        .nextAction())
                .isEqualTo("Marcar baja de envíos masivos para Rodrigo Pérez");
        assertThat(Chat.customerSays("2026-03-10T15:48:00-03:00", "escríbanme a rp@mail.cl")
                        .analyze()
                        .nextAction())
                .isEqualTo("Actualizar los datos de contacto de Rodrigo Pérez (nuevo: rp@mail.cl)");
    }

    @Test
    void writesInEnglishForAnEnglishWorkspace() {
        Analysis analysis = Chat.at("2026-09-23T17:52:00-04:00")
                .english()
                .currency("USD")
                .invoices(new Invoice("CW-0917", new BigDecimal("185.00"), LocalDate.of(2026, 9, 5)))
                .customer("I'll transfer the full amount on Friday. Thanks!")
                .analyze();
        assertThat(analysis.nextAction())
                .isEqualTo("Record the promise to pay of $185.00 on Sep 25 and follow up that day");
        assertThat(analysis.summary())
                .contains("promises to pay $185.00 on Sep 25")
                .endsWith("Their tone is positive.");
    }

    @Test
    void aConversationWithoutCustomerMessagesStillGetsASummary() {
        Analysis analysis = Chat.at("2026-03-10T15:48:00-03:00")
                .agent("Hola, su factura está vencida.")
                .analyze();
        assertThat(analysis.summary()).endsWith("El cliente aún no responde.");
        assertThat(analysis.topics()).isEmpty();
        assertThat(analysis.sentiment()).isEqualTo(Analysis.Sentiment.NEUTRAL);
        assertThat(analysis.promise()).isNull();
    }
}
