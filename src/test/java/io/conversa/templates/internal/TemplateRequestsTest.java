package io.conversa.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.conversa.core.DomainException;
import io.conversa.core.FieldProblem;
import io.conversa.templates.TemplateDraft;
import io.conversa.templates.TemplateDraft.Button;
import io.conversa.templates.TemplateDraft.Header;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TemplateRequestsTest {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final TemplateRequests requests = new TemplateRequests();

    @Test
    void positionalTemplateWithTextHeaderAndButtons() {
        String json = requests.creationJson(TemplateRulesTest.valid());

        assertThat(tree(json)).isEqualTo(tree("""
                {"name": "recordatorio_pago", "language": "es_CL", "category": "UTILITY",
                 "components": [
                   {"type": "HEADER", "format": "TEXT", "text": "Factura {{1}}",
                    "example": {"header_text": ["F-1001"]}},
                   {"type": "BODY", "text": "Hola {{1}}, tu saldo es {{2}}. Paga antes del {{3}}.",
                    "example": {"body_text": [["Ana", "$45.000", "15-01-2026"]]}},
                   {"type": "FOOTER", "text": "Conversa Cobranzas"},
                   {"type": "BUTTONS", "buttons": [
                     {"type": "QUICK_REPLY", "text": "Ya pagué"},
                     {"type": "URL", "text": "Pagar", "url": "https://pay.example/{{1}}",
                      "example": ["https://pay.example/tok123"]},
                     {"type": "PHONE_NUMBER", "text": "Llamar", "phone_number": "+56912345678"}]}]}
                """));
    }

    @Test
    void namedTemplate() {
        String json = requests.creationJson(TemplateRulesTest.validNamed());

        assertThat(tree(json)).isEqualTo(tree("""
                {"name": "recordatorio_nombrado", "language": "es_MX", "category": "MARKETING",
                 "parameter_format": "NAMED",
                 "components": [
                   {"type": "HEADER", "format": "TEXT", "text": "Factura {{invoice_number}}",
                    "example": {"header_text_named_params": [{"param_name": "invoice_number", "example": "F-1001"}]}},
                   {"type": "BODY", "text": "Hola {{customer_name}}, debes {{amount}}. Gracias, {{customer_name}}.",
                    "example": {"body_text_named_params": [
                      {"param_name": "customer_name", "example": "Ana"},
                      {"param_name": "amount", "example": "$45,000.00"}]}}]}
                """));
    }

    @Test
    void mediaHeaderStaticUrlAndNoVariables() {
        TemplateDraft draft = new TemplateDraft(
                "estado_cuenta",
                "utility",
                "es",
                "POSITIONAL",
                new Header("document", null, null, "https://cdn.example/estado.pdf"),
                "Adjuntamos tu estado de cuenta.",
                List.of(),
                null,
                List.of(new Button("URL", "Ver cuenta", "https://pay.example/cuenta", null, null)));

        assertThat(tree(requests.creationJson(draft))).isEqualTo(tree("""
                {"name": "estado_cuenta", "language": "es", "category": "UTILITY",
                 "components": [
                   {"type": "HEADER", "format": "DOCUMENT",
                    "example": {"header_handle": ["https://cdn.example/estado.pdf"]}},
                   {"type": "BODY", "text": "Adjuntamos tu estado de cuenta."},
                   {"type": "BUTTONS", "buttons": [
                     {"type": "URL", "text": "Ver cuenta", "url": "https://pay.example/cuenta"}]}]}
                """));
    }

    @Test
    void refusesADraftThatBreaksTheRules() {
        TemplateDraft draft = TemplateRulesTest.name(TemplateRulesTest.valid(), "Mal Nombre");

        assertThatThrownBy(() -> requests.creationJson(draft)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            assertThat(e.fieldProblems())
                    .extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "templates.rule.name"));
        });
    }

    private static JsonNode tree(String json) {
        return JSON.readTree(json);
    }
}
