package io.conversa.replies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.conversa.replies.ExpandedReply;
import io.conversa.replies.ReplyVariable;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CannedReplyTextTests {

    static final Map<ReplyVariable, String> ALL = Map.of(
            ReplyVariable.NOMBRE, "Ferretería Los Andes",
            ReplyVariable.SALDO, "$45.000",
            ReplyVariable.FACTURAS_VENCIDAS, "2",
            ReplyVariable.AGENTE, "Diego Rojas",
            ReplyVariable.EMPRESA, "Cobranzas Sur");

    @Test
    void everyVariableIsReplacedByItsValue() {
        ExpandedReply reply = ReplyText.expand(
                "Hola {{nombre}}, su saldo es {{saldo}} ({{facturas_vencidas}} vencidas). {{agente}}, {{empresa}}.",
                ALL);

        assertThat(reply.text())
                .isEqualTo("Hola Ferretería Los Andes, su saldo es $45.000 (2 vencidas). Diego Rojas, Cobranzas Sur.");
        assertThat(reply.missing()).isEmpty();
    }

    @Test
    void valuesAreInsertedLiterally() {
        ExpandedReply reply = ReplyText.expand(
                "{{nombre}}: {{saldo}}",
                Map.of(
                        ReplyVariable.NOMBRE, "A\\B $1 {{saldo}}",
                        ReplyVariable.SALDO, "$2"));

        assertThat(reply.text()).isEqualTo("A\\B $1 {{saldo}}: $2");
    }

    @Test
    void variablesWithoutDataBecomeTheirFallbackAndAreReportedOnceInOrder() {
        ExpandedReply reply = ReplyText.expand(
                "{{saldo}} {{nombre}} {{facturas_vencidas}} {{saldo}} {{empresa}}",
                Map.of(ReplyVariable.EMPRESA, "Cobranzas Sur", ReplyVariable.NOMBRE, "  "));

        assertThat(reply.text()).isEqualTo("[saldo] cliente [facturas vencidas] [saldo] Cobranzas Sur");
        assertThat(reply.missing()).containsExactly("saldo", "nombre", "facturas_vencidas");
    }

    @Test
    void spacesAndCapitalsInsideTheBracesAreTolerated() {
        assertThat(ReplyText.expand("Hola {{ Nombre }}", ALL).text()).isEqualTo("Hola Ferretería Los Andes");
        assertThat(ReplyText.variables("{{ SALDO }} {{nombre}}"))
                .containsExactlyInAnyOrder(ReplyVariable.SALDO, ReplyVariable.NOMBRE);
    }

    @Test
    void unknownVariablesAreListedOnceAndLeftAsWritten() {
        String text = "{{monto}} {{nombre}} {{}} {{monto}} {nombre} {{{saldo}}}";

        assertThat(ReplyText.unknownVariables(text)).containsExactly("{{monto}}", "{{}}");
        assertThat(ReplyText.expand(text, ALL).text())
                .isEqualTo("{{monto}} Ferretería Los Andes {{}} {{monto}} {nombre} {$45.000}");
    }

    @Test
    void textWithoutVariablesIsUnchanged() {
        ExpandedReply reply = ReplyText.expand("Gracias por su pago.\nSaludos.", Map.of());

        assertThat(reply.text()).isEqualTo("Gracias por su pago.\nSaludos.");
        assertThat(reply.missing()).isEmpty();
        assertThat(ReplyText.variables(reply.text())).isEmpty();
    }
}
