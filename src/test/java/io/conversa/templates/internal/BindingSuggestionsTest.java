package io.conversa.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.conversa.templates.Binding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BindingSuggestionsTest {

    @Test
    void positionalVariablesAreGuessedFromTheWordsBeforeThem() {
        String body = "Hola {{1}}, le recordamos que su saldo de {{2}} por la factura {{3}} vence el {{4}}. "
                + "Puede pagar aquí: {{5}}";

        Map<String, Binding> suggested = BindingSuggestions.of(body, List.of("1", "2", "3", "4", "5", "6"));

        assertThat(suggested)
                .containsEntry("1", Binding.CUSTOMER_NAME)
                .containsEntry("2", Binding.BALANCE)
                .containsEntry("3", Binding.OLDEST_INVOICE_NUMBER)
                .containsEntry("4", Binding.OLDEST_INVOICE_DUE_DATE)
                .doesNotContainKey("6");
    }

    @Test
    void namedVariablesAreGuessedFromTheirNamesWithoutAccentsOrCase() {
        Map<String, Binding> suggested = BindingSuggestions.of(
                "{{nombre_cliente}} {{Saldo_Pendiente}} {{fecha_vencimiento}} {{link_pago}} {{codigo}}",
                List.of("nombre_cliente", "Saldo_Pendiente", "fecha_vencimiento", "link_pago", "codigo"));

        assertThat(suggested)
                .containsEntry("nombre_cliente", Binding.CUSTOMER_NAME)
                .containsEntry("Saldo_Pendiente", Binding.BALANCE)
                .containsEntry("fecha_vencimiento", Binding.OLDEST_INVOICE_DUE_DATE)
                .containsEntry("link_pago", Binding.PAYMENT_LINK)
                .doesNotContainKey("codigo");
    }

    @Test
    void aClueInsideAnotherWordIsNotAClue() {
        assertThat(BindingSuggestions.of("Gracias desde Chile {{1}}", List.of("1")))
                .isEmpty();
    }
}
