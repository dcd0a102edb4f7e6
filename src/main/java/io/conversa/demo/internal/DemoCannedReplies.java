package io.conversa.demo.internal;

import io.conversa.core.WorkspaceId;
import io.conversa.identity.Workspaces;
import io.conversa.replies.CannedReplies;
import io.conversa.replies.CannedReplyInput;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A few everyday collections answers for the demo workspace, loaded when it has none. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class DemoCannedReplies implements ApplicationRunner {

    static final List<CannedReplyInput> REPLIES = List.of(
            new CannedReplyInput(
                    "saludo",
                    "Saludo",
                    "Hola {{nombre}}, le saluda {{agente}} de {{empresa}}. ¿En qué le puedo ayudar?"),
            new CannedReplyInput(
                    "saldo",
                    "Saldo pendiente",
                    "Hola {{nombre}}, su saldo pendiente con {{empresa}} es {{saldo}}. Si ya pagó, envíenos el"
                            + " comprobante por este chat y lo registramos."),
            new CannedReplyInput(
                    "vencidas",
                    "Facturas vencidas",
                    "{{nombre}}, tiene {{facturas_vencidas}} factura(s) vencida(s), con un saldo pendiente de"
                            + " {{saldo}}. ¿Podemos acordar hoy una fecha de pago?"),
            new CannedReplyInput("transferencia", "Datos para transferencia", """
                    Puede pagar por transferencia a:
                    Titular: {{empresa}}
                    Banco: Banco Demo
                    Cuenta corriente: 0012345678
                    RUT: 76.543.210-K
                    Correo: pagos@conversa.demo
                    Envíenos el comprobante por este chat, por favor."""),
            new CannedReplyInput(
                    "convenio",
                    "Convenio de pago",
                    "Podemos ofrecerle un convenio de pago en cuotas. Cuénteme cuánto puede abonar al mes y"
                            + " le envío una propuesta hoy mismo."),
            new CannedReplyInput(
                    "gracias",
                    "Gracias por su pago",
                    "¡Muchas gracias, {{nombre}}! Recibimos su pago. Cualquier consulta, aquí estamos."
                            + " Saludos, {{agente}} de {{empresa}}."));

    private final DemoDataLoader demo;
    private final Workspaces workspaces;
    private final CannedReplies replies;

    DemoCannedReplies(DemoDataLoader demo, Workspaces workspaces, CannedReplies replies) {
        this.demo = demo;
        this.workspaces = workspaces;
        this.replies = replies;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        WorkspaceId workspace = workspaces.primary().workspaceId();
        if (replies.list(workspace, null).isEmpty()) {
            REPLIES.forEach(reply -> replies.create(workspace, null, reply));
        }
    }
}
