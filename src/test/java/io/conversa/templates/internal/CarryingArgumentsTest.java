package io.conversa.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.conversa.templates.Argument;
import io.conversa.templates.Binding;
import io.conversa.templates.RenderedTemplate;
import io.conversa.templates.RenderedTemplate.Component;
import io.conversa.templates.RenderedTemplate.Parameter;
import io.conversa.templates.TemplateArguments;
import io.conversa.templates.TemplateView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CarryingArgumentsTest {

    static final String LINK = "https://cobranza.example/pay/tok-Abc_123";

    static Optional<TemplateArguments> carrying(TemplateView template) {
        TemplateStructure structure = TemplateStructure.parse(template.componentsJson(), template.parameterFormat());
        List<String> variables = structure.named()
                ? structure.namedVariables()
                : java.util.stream.IntStream.rangeClosed(1, structure.positionalCount())
                        .mapToObj(String::valueOf)
                        .toList();
        return CarryingArguments.of(
                structure, variables, BindingSuggestions.of(structure.body(), variables), Binding.PAYMENT_LINK, LINK);
    }

    static TemplateView positional(String components) {
        return VariableBinderTest.template(components, "POSITIONAL");
    }

    @Test
    void aBodyVariableAboutALinkCarriesTheGivenLinkAndTheOthersTheirSuggestedData() {
        TemplateView template = positional("""
                [{"type": "BODY", "text": "Hola {{1}}, tu saldo pendiente es de {{2}}. Puedes pagar de forma segura en este link: {{3}}"}]
                """);

        TemplateArguments arguments = carrying(template).orElseThrow();

        assertThat(arguments.body())
                .containsExactly(
                        Argument.bound(Binding.CUSTOMER_NAME), Argument.bound(Binding.BALANCE), Argument.of(LINK));
        RenderedTemplate rendered = new VariableBinder().render(template, arguments, VariableBinderTest.chile());
        assertThat(rendered.text())
                .isEqualTo(
                        "Hola Ana María Pérez, tu saldo pendiente es de $45.000. Puedes pagar de forma segura en este"
                                + " link: " + LINK);
    }

    @Test
    void aUrlButtonToTheLinksAddressTakesItsTokenAsTheSuffix() {
        TemplateView template = positional("""
                [{"type": "BODY", "text": "Hola {{1}}, paga tu saldo con el botón."},
                 {"type": "BUTTONS", "buttons": [
                   {"type": "QUICK_REPLY", "text": "Ya pagué"},
                   {"type": "URL", "text": "Pagar", "url": "https://cobranza.example/pay/{{1}}"}]}]
                """);

        TemplateArguments arguments = carrying(template).orElseThrow();

        assertThat(arguments.buttons()).containsExactly(Map.entry(1, Argument.of(LINK)));
        RenderedTemplate rendered = new VariableBinder().render(template, arguments, VariableBinderTest.chile());
        assertThat(rendered.components())
                .contains(new Component("button", "url", 1, List.of(new Parameter("text", null, "tok-Abc_123"))));
    }

    @Test
    void aNamedTemplateCarriesTheLinkByName() {
        TemplateView template = VariableBinderTest.template("""
                [{"type": "BODY", "text": "Hola {{nombre}}, paga aquí: {{link_pago}}"}]
                """, "NAMED");

        assertThat(carrying(template).orElseThrow().named())
                .containsEntry("nombre", Argument.bound(Binding.CUSTOMER_NAME))
                .containsEntry("link_pago", Argument.of(LINK));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // no place for a link
                """
                [{"type": "BODY", "text": "Hola {{1}}, tu saldo es {{2}}."}]""",
                // a variable nothing suggests: the agent would have to type it
                """
                [{"type": "BODY", "text": "Hola {{1}}, {{2}}. Paga en este link: {{3}}"}]""",
                // a URL button that leads to another site
                """
                [{"type": "BODY", "text": "Hola {{1}}, paga en este link: {{2}}"},
                 {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Pagar", "url": "https://pagos.other.example/c/{{1}}"}]}]""",
                // a header that takes a value
                """
                [{"type": "HEADER", "format": "TEXT", "text": "Factura {{1}}"},
                 {"type": "BODY", "text": "Paga en este link: {{1}}"}]"""
            })
    void aTemplateThatCannotCarryTheLinkWithoutTypingIsNotOffered(String components) {
        assertThat(carrying(positional(components))).isEmpty();
    }
}
