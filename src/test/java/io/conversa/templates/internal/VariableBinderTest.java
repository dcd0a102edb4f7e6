package io.conversa.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.conversa.core.DomainException;
import io.conversa.core.DomainException.Kind;
import io.conversa.core.FieldProblem;
import io.conversa.templates.Argument;
import io.conversa.templates.Binding;
import io.conversa.templates.BindingData;
import io.conversa.templates.RenderedTemplate;
import io.conversa.templates.RenderedTemplate.Component;
import io.conversa.templates.RenderedTemplate.Parameter;
import io.conversa.templates.TemplateArguments;
import io.conversa.templates.TemplateView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VariableBinderTest {

    private final VariableBinder binder = new VariableBinder();

    static final String REMINDER = """
            [{"type": "HEADER", "format": "TEXT", "text": "Factura {{1}}"},
             {"type": "BODY", "text": "Hola {{1}}, tu saldo es {{2}}. Paga antes del {{3}}."},
             {"type": "FOOTER", "text": "Conversa Cobranzas"},
             {"type": "BUTTONS", "buttons": [
               {"type": "URL", "text": "Pagar", "url": "https://pay.example/{{1}}"},
               {"type": "QUICK_REPLY", "text": "Ya pagué"},
               {"type": "PHONE_NUMBER", "text": "Llamar", "phone_number": "+56912345678"}]}]
            """;

    static final String ONE_VARIABLE = """
            [{"type": "BODY", "text": "Hola {{1}}, gracias."}]
            """;

    static final String NAMED = """
            [{"type": "HEADER", "format": "TEXT", "text": "Factura {{invoice_number}}"},
             {"type": "BODY", "text": "Hola {{customer_name}}, debes {{amount}}. Gracias, {{customer_name}}."}]
            """;

    static final String DOCUMENT = """
            [{"type": "HEADER", "format": "DOCUMENT"},
             {"type": "BODY", "text": "Adjuntamos tu factura."},
             {"type": "FOOTER", "text": "Conversa"}]
            """;

    static TemplateView template(String components, String format) {
        return new TemplateView(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "123",
                "recordatorio_pago",
                "es_CL",
                "UTILITY",
                "APPROVED",
                format,
                components,
                "GREEN",
                null,
                Instant.EPOCH);
    }

    static BindingData chile() {
        return new BindingData(
                "Ana María  Pérez",
                new BigDecimal("45000"),
                "F-1001",
                new BigDecimal("30000"),
                LocalDate.of(2026, 1, 15),
                2,
                "CLP",
                Locale.forLanguageTag("es-CL"),
                ZoneId.of("America/Santiago"),
                Map.of("payment.link", "https://pay.example/tok123", "agent.name", "Carla\n Soto"));
    }

    static BindingData empty() {
        return new BindingData(
                null,
                null,
                null,
                null,
                null,
                0,
                "CLP",
                Locale.forLanguageTag("es-CL"),
                ZoneId.of("America/Santiago"),
                Map.of());
    }

    static TemplateArguments body(Argument... body) {
        return new TemplateArguments(List.of(body), null, null, null);
    }

    static Argument bound(Binding binding) {
        return Argument.bound(binding);
    }

    @Test
    void handValues() {
        RenderedTemplate rendered =
                binder.render(template(ONE_VARIABLE, "POSITIONAL"), body(Argument.of("Ana")), chile());

        assertThat(rendered.name()).isEqualTo("recordatorio_pago");
        assertThat(rendered.language()).isEqualTo("es_CL");
        assertThat(rendered.text()).isEqualTo("Hola Ana, gracias.");
        assertThat(rendered.components())
                .containsExactly(new Component("body", null, null, List.of(new Parameter("text", null, "Ana"))));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            customer.name         | Ana María Pérez
            customer.balance      | $45.000
            invoice.number        | F-1001
            invoice.amount        | $30.000
            invoice.dueDate       | 15-01-2026
            invoices.overdueCount | 2
            payment.link          | https://pay.example/tok123
            agent.name            | Carla Soto
            """)
    void eachBinding(String key, String expected) {
        RenderedTemplate rendered =
                binder.render(template(ONE_VARIABLE, "POSITIONAL"), body(new Argument(null, key)), chile());

        assertThat(rendered.text()).isEqualTo("Hola " + expected + ", gracias.");
        assertThat(rendered.components().get(0).parameters()).containsExactly(new Parameter("text", null, expected));
    }

    @Test
    void bindingsFollowTheWorkspaceLocale() {
        BindingData mexico = new BindingData(
                "Ana",
                new BigDecimal("45000"),
                "F-1",
                new BigDecimal("1234.5"),
                LocalDate.of(2026, 1, 15),
                1,
                "MXN",
                Locale.forLanguageTag("es-MX"),
                ZoneId.of("America/Mexico_City"),
                null);
        TemplateView template =
                template("[{\"type\":\"BODY\",\"text\":\"Saldo {{1}}, factura {{2}} al {{3}}.\"}]", "POSITIONAL");

        RenderedTemplate rendered = binder.render(
                template,
                body(
                        bound(Binding.BALANCE),
                        bound(Binding.OLDEST_INVOICE_AMOUNT),
                        bound(Binding.OLDEST_INVOICE_DUE_DATE)),
                mexico);

        assertThat(rendered.text()).isEqualTo("Saldo $45,000.00, factura $1,234.50 al 15/01/2026.");
    }

    @Test
    void rendersHeaderBodyFooterAndButtonParameters() {
        TemplateArguments args = new TemplateArguments(
                List.of(bound(Binding.CUSTOMER_NAME), bound(Binding.BALANCE), bound(Binding.OLDEST_INVOICE_DUE_DATE)),
                null,
                List.of(bound(Binding.OLDEST_INVOICE_NUMBER)),
                Map.of(0, Argument.of("tok123"), 1, Argument.of("PAGUE")));

        RenderedTemplate rendered = binder.render(template(REMINDER, "POSITIONAL"), args, chile());

        assertThat(rendered.text())
                .isEqualTo("Factura F-1001\n"
                        + "Hola Ana María Pérez, tu saldo es $45.000. Paga antes del 15-01-2026.\n"
                        + "Conversa Cobranzas");
        assertThat(rendered.components())
                .containsExactly(
                        new Component("header", null, null, List.of(new Parameter("text", null, "F-1001"))),
                        new Component(
                                "body",
                                null,
                                null,
                                List.of(
                                        new Parameter("text", null, "Ana María Pérez"),
                                        new Parameter("text", null, "$45.000"),
                                        new Parameter("text", null, "15-01-2026"))),
                        new Component("button", "url", 0, List.of(new Parameter("text", null, "tok123"))),
                        new Component("button", "quick_reply", 1, List.of(new Parameter("payload", null, "PAGUE"))));
    }

    @Test
    void quickReplyPayloadDefaultsToTheButtonText() {
        TemplateArguments args = new TemplateArguments(
                List.of(Argument.of("Ana"), Argument.of("$1"), Argument.of("mañana")),
                null,
                List.of(Argument.of("F-1")),
                Map.of(0, Argument.of("tok")));

        RenderedTemplate rendered = binder.render(template(REMINDER, "POSITIONAL"), args, chile());

        assertThat(rendered.components())
                .last()
                .isEqualTo(
                        new Component("button", "quick_reply", 1, List.of(new Parameter("payload", null, "Ya pagué"))));
    }

    @Test
    void paymentLinkBoundToAUrlButtonKeepsOnlyTheSuffix() {
        TemplateArguments args = new TemplateArguments(
                List.of(Argument.of("Ana"), Argument.of("$1"), Argument.of("mañana")),
                null,
                List.of(Argument.of("F-1")),
                Map.of(0, bound(Binding.PAYMENT_LINK)));

        RenderedTemplate rendered = binder.render(template(REMINDER, "POSITIONAL"), args, chile());

        assertThat(rendered.components().get(2))
                .isEqualTo(new Component("button", "url", 0, List.of(new Parameter("text", null, "tok123"))));
    }

    @Test
    void urlSuffixThatIsAnotherLinkIsRefused() {
        TemplateArguments args = new TemplateArguments(
                List.of(Argument.of("Ana"), Argument.of("$1"), Argument.of("mañana")),
                null,
                List.of(Argument.of("F-1")),
                Map.of(0, Argument.of("https://other.example/tok")));

        assertInvalid(
                () -> binder.render(template(REMINDER, "POSITIONAL"), args, chile()),
                "buttons[0]",
                "templates.error.urlSuffix");
    }

    @Test
    void namedTemplate() {
        TemplateArguments args = new TemplateArguments(
                null,
                Map.of("customer_name", bound(Binding.CUSTOMER_NAME), "amount", Argument.of("$45.000")),
                List.of(bound(Binding.OLDEST_INVOICE_NUMBER)),
                null);

        RenderedTemplate rendered = binder.render(template(NAMED, "NAMED"), args, chile());

        assertThat(rendered.text())
                .isEqualTo("Factura F-1001\nHola Ana María Pérez, debes $45.000. Gracias, Ana María Pérez.");
        assertThat(rendered.components())
                .containsExactly(
                        new Component("header", null, null, List.of(new Parameter("text", "invoice_number", "F-1001"))),
                        new Component(
                                "body",
                                null,
                                null,
                                List.of(
                                        new Parameter("text", "customer_name", "Ana María Pérez"),
                                        new Parameter("text", "amount", "$45.000"))));
    }

    @Test
    void mediaHeaderTakesTheLinkAndAddsNoText() {
        TemplateArguments args =
                new TemplateArguments(null, null, List.of(Argument.of("https://cdn.example/f-1001.pdf")), null);

        RenderedTemplate rendered = binder.render(template(DOCUMENT, "POSITIONAL"), args, chile());

        assertThat(rendered.text()).isEqualTo("Adjuntamos tu factura.\nConversa");
        assertThat(rendered.components())
                .containsExactly(new Component(
                        "header",
                        null,
                        null,
                        List.of(new Parameter("document", null, "https://cdn.example/f-1001.pdf"))));
    }

    @Test
    void mediaHeaderNeedsALink() {
        TemplateArguments args = new TemplateArguments(null, null, List.of(Argument.of("factura.pdf")), null);

        assertInvalid(
                () -> binder.render(template(DOCUMENT, "POSITIONAL"), args, chile()),
                "header[0]",
                "templates.error.mediaLink");
    }

    @Test
    void templateWithoutVariablesHasNoComponents() {
        RenderedTemplate rendered = binder.render(
                template("[{\"type\":\"BODY\",\"text\":\"Gracias por tu pago.\"}]", null),
                new TemplateArguments(null, null, null, null),
                empty());

        assertThat(rendered.text()).isEqualTo("Gracias por tu pago.");
        assertThat(rendered.components()).isEmpty();
    }

    @Test
    void tooFewBodyValues() {
        assertParameterCount(
                () -> binder.render(template(REMINDER, "POSITIONAL"), withButton(body(Argument.of("Ana"))), chile()),
                1,
                0,
                "header");
        TemplateArguments args = new TemplateArguments(
                List.of(Argument.of("Ana")), null, List.of(Argument.of("F-1")), Map.of(0, Argument.of("tok")));
        assertParameterCount(() -> binder.render(template(REMINDER, "POSITIONAL"), args, chile()), 3, 1, "body");
    }

    @Test
    void tooManyBodyValues() {
        assertParameterCount(
                () -> binder.render(
                        template(ONE_VARIABLE, "POSITIONAL"), body(Argument.of("Ana"), Argument.of("Extra")), chile()),
                1,
                2,
                "body");
    }

    @Test
    void missingUrlSuffixAndValueForAButtonWithoutParameter() {
        TemplateArguments noSuffix = new TemplateArguments(
                List.of(Argument.of("Ana"), Argument.of("$1"), Argument.of("mañana")),
                null,
                List.of(Argument.of("F-1")),
                null);
        assertParameterCount(
                () -> binder.render(template(REMINDER, "POSITIONAL"), noSuffix, chile()), 1, 0, "buttons[0]");

        TemplateArguments phoneValue = new TemplateArguments(
                List.of(Argument.of("Ana"), Argument.of("$1"), Argument.of("mañana")),
                null,
                List.of(Argument.of("F-1")),
                Map.of(0, Argument.of("tok"), 2, Argument.of("x")));
        assertParameterCount(
                () -> binder.render(template(REMINDER, "POSITIONAL"), phoneValue, chile()), 0, 1, "buttons[2]");
    }

    @Test
    void namedTemplateNeedsExactlyItsNames() {
        TemplateArguments args = new TemplateArguments(
                null,
                Map.of("customer_name", Argument.of("Ana"), "monto", Argument.of("$1")),
                List.of(Argument.of("F-1")),
                null);

        assertThatThrownBy(() -> binder.render(template(NAMED, "NAMED"), args, chile()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.UNPROCESSABLE);
                    assertThat(e.messageKey()).isEqualTo("templates.error.parameterNames");
                    assertThat(e.arguments()).containsExactly("customer_name, amount", "customer_name, monto");
                });
    }

    @Test
    void positionalValuesForANamedTemplateAreRefused() {
        TemplateArguments args = new TemplateArguments(
                List.of(Argument.of("Ana"), Argument.of("$1")), null, List.of(Argument.of("F-1")), null);

        assertThatThrownBy(() -> binder.render(template(NAMED, "NAMED"), args, chile()))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("templates.error.parameterNames"));
    }

    @Test
    void unknownBinding() {
        assertInvalid(
                () -> binder.render(
                        template(ONE_VARIABLE, "POSITIONAL"), body(new Argument(null, "customer.shoeSize")), chile()),
                "body[0]",
                "templates.error.unknownBinding");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "customer.name",
                "customer.balance",
                "invoice.number",
                "invoice.amount",
                "invoice.dueDate",
                "invoices.overdueCount",
                "payment.link"
            })
    void bindingWithoutDataStopsTheRendering(String key) {
        assertThatThrownBy(() ->
                        binder.render(template(ONE_VARIABLE, "POSITIONAL"), body(new Argument(null, key)), empty()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.UNPROCESSABLE);
                    assertThat(e.messageKey())
                            .isEqualTo(
                                    key.equals("payment.link")
                                            ? "templates.error.noPaymentLink"
                                            : "templates.error.missingData");
                    assertThat(e.arguments()).containsExactly("{{1}}", key);
                });
    }

    @Test
    void blankBoundValueIsMissingData() {
        Map<String, String> extra = new HashMap<>();
        extra.put("agent.name", " \n ");
        BindingData data = new BindingData(
                null, null, null, null, null, 0, "CLP", Locale.forLanguageTag("es-CL"), ZoneId.of("UTC"), extra);

        assertThatThrownBy(() -> binder.render(
                        template(ONE_VARIABLE, "POSITIONAL"), body(new Argument(null, "agent.name")), data))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("templates.error.missingData"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ana\nPérez", "Ana\tPérez", "Ana     Pérez", "Ana\r\nPérez"})
    void handValuesMustObeyTheParameterTextRule(String value) {
        assertInvalid(
                () -> binder.render(template(ONE_VARIABLE, "POSITIONAL"), body(Argument.of(value)), chile()),
                "body[0]",
                "templates.error.parameterText");
    }

    @Test
    void fourSpacesInARowAreAllowed() {
        RenderedTemplate rendered =
                binder.render(template(ONE_VARIABLE, "POSITIONAL"), body(Argument.of("Ana    P")), chile());

        assertThat(rendered.text()).isEqualTo("Hola Ana    P, gracias.");
    }

    @Test
    void reportsEveryRefusedHandValueAtOnce() {
        TemplateArguments args = new TemplateArguments(
                List.of(Argument.of("Ana\n"), Argument.of(" "), new Argument("x", "customer.name")),
                null,
                List.of(Argument.of("F-1")),
                Map.of(0, Argument.of("tok")));

        assertThatThrownBy(() -> binder.render(template(REMINDER, "POSITIONAL"), args, chile()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID);
                    assertThat(e.fieldProblems())
                            .extracting(FieldProblem::field, FieldProblem::messageKey)
                            .containsExactly(
                                    tuple("body[0]", "templates.error.parameterText"),
                                    tuple("body[1]", "templates.error.emptyValue"),
                                    tuple("body[2]", "templates.error.argument"));
                });
    }

    @Test
    void unsupportedPartsAreRefused() {
        TemplateView location = template(
                "[{\"type\":\"HEADER\",\"format\":\"LOCATION\"},{\"type\":\"BODY\",\"text\":\"Te esperamos.\"}]",
                "POSITIONAL");
        TemplateView copyCode = template(
                "[{\"type\":\"BODY\",\"text\":\"Tu código.\"},"
                        + "{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"COPY_CODE\",\"example\":\"X\"}]}]",
                "POSITIONAL");

        for (TemplateView template : List.of(location, copyCode)) {
            assertThatThrownBy(() -> binder.render(template, new TemplateArguments(null, null, null, null), chile()))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.UNPROCESSABLE);
                        assertThat(e.messageKey()).isEqualTo("templates.error.unsupported");
                    });
        }
    }

    private static TemplateArguments withButton(TemplateArguments args) {
        return new TemplateArguments(args.body(), args.named(), args.header(), Map.of(0, Argument.of("tok")));
    }

    private static void assertParameterCount(ThrowingCallable call, int expected, int given, String part) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.UNPROCESSABLE);
            assertThat(e.messageKey()).isEqualTo("templates.error.parameterCount");
            assertThat(e.arguments()).containsExactly(expected, given, part);
        });
    }

    private static void assertInvalid(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.INVALID);
            assertThat(e.fieldProblems())
                    .extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactly(tuple(field, key));
        });
    }
}
