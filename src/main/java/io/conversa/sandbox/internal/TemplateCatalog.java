package io.conversa.sandbox.internal;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox account's approved templates at start: a small collections catalog in Spanish, written as Meta's
 * template list answers them (components with examples); {@code link_de_pago} carries a payment link in its body, so
 * the payment-link panel can send a link outside the 24-hour window. Fixed ids, so the app's synced copies keep matching after
 * a restart.
 */
final class TemplateCatalog {

    private static final String CATALOG = """
            [
              {"name": "recordatorio_pago", "parameter_format": "POSITIONAL", "language": "es",
               "status": "APPROVED", "category": "UTILITY", "id": "1000000000000001",
               "components": [
                 {"type": "BODY",
                  "text": "Hola {{1}}, te recordamos que tienes un saldo pendiente de {{2}} con vencimiento el {{3}}. Puedes pagar en línea con el botón.",
                  "example": {"body_text": [["Ana", "$45.000", "30 de junio"]]}},
                 {"type": "FOOTER", "text": "Si ya pagaste, ignora este mensaje."},
                 {"type": "BUTTONS", "buttons": [
                   {"type": "URL", "text": "Pagar ahora", "url": "https://pagos.conversa.app/c/{{1}}",
                    "example": ["https://pagos.conversa.app/c/tok123"]}]}],
               "quality_score": {"score": "GREEN"}, "rejected_reason": "NONE"},
              {"name": "aviso_vencimiento", "parameter_format": "POSITIONAL", "language": "es",
               "status": "APPROVED", "category": "UTILITY", "id": "1000000000000002",
               "components": [
                 {"type": "HEADER", "format": "TEXT", "text": "Aviso de vencimiento"},
                 {"type": "BODY", "text": "Hola {{1}}, tu factura {{2}} por {{3}} vence el {{4}}.",
                  "example": {"body_text": [["Ana", "F-1023", "$45.000", "30 de junio"]]}}],
               "quality_score": {"score": "GREEN"}, "rejected_reason": "NONE"},
              {"name": "pago_recibido", "parameter_format": "POSITIONAL", "language": "es",
               "status": "APPROVED", "category": "UTILITY", "id": "1000000000000003",
               "components": [
                 {"type": "BODY",
                  "text": "¡Gracias, {{1}}! Recibimos tu pago de {{2}}. Tu saldo pendiente ahora es {{3}}.",
                  "example": {"body_text": [["Ana", "$20.000", "$25.000"]]}}],
               "quality_score": {"score": "GREEN"}, "rejected_reason": "NONE"},
              {"name": "saldo_pendiente", "parameter_format": "NAMED", "language": "es",
               "status": "APPROVED", "category": "UTILITY", "id": "1000000000000004",
               "components": [
                 {"type": "BODY",
                  "text": "Hola {{nombre}}, tu saldo pendiente es de {{saldo}}. Responde a este mensaje si necesitas un plan de pago.",
                  "example": {"body_text_named_params": [
                    {"param_name": "nombre", "example": "Ana"},
                    {"param_name": "saldo", "example": "$45.000"}]}}],
               "quality_score": {"score": "GREEN"}, "rejected_reason": "NONE"},
              {"name": "link_de_pago", "parameter_format": "POSITIONAL", "language": "es",
               "status": "APPROVED", "category": "UTILITY", "id": "1000000000000005",
               "components": [
                 {"type": "BODY",
                  "text": "Hola {{1}}, tu saldo pendiente es de {{2}}. Puedes pagar de forma segura en este link: {{3}} ¡Gracias!",
                  "example": {"body_text": [["Ana", "$45.000", "https://pagos.conversa.app/pay/tok123"]]}},
                 {"type": "FOOTER", "text": "Si ya pagaste, ignora este mensaje."}],
               "quality_score": {"score": "GREEN"}, "rejected_reason": "NONE"}
            ]
            """;

    private TemplateCatalog() {}

    /** Fresh copies of the catalog's templates, in order. */
    static List<ObjectNode> templates() {
        List<ObjectNode> templates = new ArrayList<>();
        for (JsonNode template : WebhookEnvelopes.JSON.readTree(CATALOG)) {
            templates.add((ObjectNode) template);
        }
        return templates;
    }
}
