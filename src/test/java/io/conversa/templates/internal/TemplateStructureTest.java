package io.conversa.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.conversa.core.DomainException;
import io.conversa.templates.internal.TemplateStructure.Button;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateStructureTest {

    static final String POSITIONAL = """
            [{"type": "HEADER", "format": "TEXT", "text": "Factura {{1}}", "example": {"header_text": ["F-1"]}},
             {"type": "BODY", "text": "Hola {{1}}, tu saldo es {{2}}. Paga antes del {{3}}: {{2}}.",
              "example": {"body_text": [["Ana", "$1", "1-1-2026"]]}},
             {"type": "FOOTER", "text": "Conversa Cobranzas"},
             {"type": "BUTTONS", "buttons": [
               {"type": "URL", "text": "Pagar", "url": "https://pay.example/{{1}}",
                "example": ["https://pay.example/tok"]},
               {"type": "QUICK_REPLY", "text": "Ya pagué"},
               {"type": "PHONE_NUMBER", "text": "Llamar", "phone_number": "+56912345678"},
               {"type": "URL", "text": "Ver cuenta", "url": "https://pay.example/cuenta"}]}]
            """;

    static final String NAMED = """
            [{"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1h"]}},
             {"type": "BODY", "text": "Hola {{customer_name}}, debes {{amount}}. Gracias {{customer_name}}.",
              "example": {"body_text_named_params": [{"param_name": "customer_name", "example": "Ana"},
                                                      {"param_name": "amount", "example": "$1"}]}}]
            """;

    @Test
    void readsPositionalTemplate() {
        TemplateStructure structure = TemplateStructure.parse(POSITIONAL, "POSITIONAL");

        assertThat(structure.named()).isFalse();
        assertThat(structure.headerFormat()).isEqualTo("TEXT");
        assertThat(structure.headerText()).isEqualTo("Factura {{1}}");
        assertThat(structure.body()).startsWith("Hola {{1}}");
        assertThat(structure.footer()).isEqualTo("Conversa Cobranzas");
        assertThat(structure.positionalCount()).isEqualTo(3);
        assertThat(structure.namedVariables()).isEmpty();
        assertThat(structure.headerVariableCount()).isEqualTo(1);
        assertThat(structure.headerVariable()).isEqualTo("1");
        assertThat(structure.headerParameterCount()).isEqualTo(1);
        assertThat(structure.buttons())
                .containsExactly(
                        new Button(0, "URL", "Pagar", "https://pay.example/{{1}}", null),
                        new Button(1, "QUICK_REPLY", "Ya pagué", null, null),
                        new Button(2, "PHONE_NUMBER", "Llamar", null, "+56912345678"),
                        new Button(3, "URL", "Ver cuenta", "https://pay.example/cuenta", null));
    }

    @Test
    void knowsWhichButtonsTakeAParameter() {
        TemplateStructure structure = TemplateStructure.parse(POSITIONAL, "POSITIONAL");

        assertThat(structure.parameterButtons()).extracting(Button::index).containsExactly(0, 1);
        Button pay = structure.buttons().get(0);
        assertThat(pay.dynamicUrl()).isTrue();
        assertThat(pay.urlPrefix()).isEqualTo("https://pay.example/");
        assertThat(structure.buttons().get(1).quickReply()).isTrue();
        assertThat(structure.buttons().get(2).takesParameter()).isFalse();
        assertThat(structure.buttons().get(3).dynamicUrl()).isFalse();
    }

    @Test
    void readsNamedTemplateWithMediaHeader() {
        TemplateStructure structure = TemplateStructure.parse(NAMED, "NAMED");

        assertThat(structure.named()).isTrue();
        assertThat(structure.namedVariables()).containsExactly("customer_name", "amount");
        assertThat(structure.positionalCount()).isZero();
        assertThat(structure.headerFormat()).isEqualTo("IMAGE");
        assertThat(structure.header().orElseThrow().isMedia()).isTrue();
        assertThat(structure.headerText()).isNull();
        assertThat(structure.headerVariableCount()).isZero();
        assertThat(structure.headerParameterCount()).isEqualTo(1);
        assertThat(structure.footer()).isNull();
        assertThat(structure.buttons()).isEmpty();
    }

    @Test
    void infersNamedWhenTheFormatIsNotStored() {
        assertThat(TemplateStructure.parse(NAMED, null).named()).isTrue();
        assertThat(TemplateStructure.parse(POSITIONAL, null).named()).isFalse();
    }

    @Test
    void templateWithoutVariables() {
        TemplateStructure structure =
                TemplateStructure.parse("[{\"type\":\"body\",\"text\":\"Gracias por tu pago.\"}]", "POSITIONAL");

        assertThat(structure.header()).isEmpty();
        assertThat(structure.headerParameterCount()).isZero();
        assertThat(structure.positionalCount()).isZero();
        assertThat(structure.body()).isEqualTo("Gracias por tu pago.");
    }

    @Test
    void textHeaderWithoutVariable() {
        TemplateStructure structure = TemplateStructure.parse(
                "[{\"type\":\"HEADER\",\"format\":\"TEXT\",\"text\":\"Aviso\"},{\"type\":\"BODY\",\"text\":\"Hola.\"}]",
                "POSITIONAL");

        assertThat(structure.headerVariableCount()).isZero();
        assertThat(structure.headerVariable()).isNull();
    }

    @Test
    void fillsPlaceholders() {
        String filled =
                TemplateStructure.fill("Hola {{1}}, debes {{2}} ({{ 1 }}) {{3}}", Map.of("1", "Ana", "2", "$1")::get);

        assertThat(filled).isEqualTo("Hola Ana, debes $1 (Ana) {{3}}");
        assertThat(TemplateStructure.fill("$ {{1}} \\ {{2}}", Map.of("1", "$5", "2", "\\x")::get))
                .isEqualTo("$ $5 \\ \\x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{\"type\":\"BODY\"}", "[1,"})
    void refusesUnreadableComponents(String json) {
        assertThatThrownBy(() -> TemplateStructure.parse(json, "POSITIONAL"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.UNPROCESSABLE);
                    assertThat(e.messageKey()).isEqualTo("templates.error.structure");
                });
    }
}
