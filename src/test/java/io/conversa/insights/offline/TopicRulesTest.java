package io.conversa.insights.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.conversa.insights.offline.Analysis.Topic;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicRulesTest {

    private static Set<String> topicsOf(String text) {
        List<Topic> topics = Chat.at("2026-03-10T15:00:00-05:00")
                .agent("Hola Rodrigo, la factura F-1023 por $120.000 está vencida.")
                .customer(text)
                .analyze()
                .topics();
        return topics.stream().map(Topic::code).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest(name = "\"{0}\" is about {1}")
    @CsvSource(delimiter = '|', textBlock = """
            no voy a pagar algo que no debo                                      | disputa
            esos intereses no los pago, eso es un robo                           | disputa
            eso ya lo pagué el 8, revisen bien                                   | disputa pago
            Yo cancelé esa mensualidad el 2 de abril, no la debo                 | disputa pago
            I already paid this last week, please check your records             | disputa pago
            acabo de pagar en el banco                                           | pago
            ya hice la transferencia, le envío el soporte por acá                | pago
            ok                                                                   | pago
            Enterado.                                                            | pago
            BAJA                                                                 | baja
            ya dejen de mandar mensajes, me tienen harto                         | baja
            Stop texting me                                                      | baja
            me tienen harto con tantos mensajes, ya sé que debo                  | reclamo
            el técnico nunca llegó y la alarma no funciona, una vergüenza        | reclamo soporte
            no puedo descargar la factura desde su página                        | soporte
            el link de pago no me abre, me sale error                            | pago soporte
            se equivocaron de número, no conozco a nadie con ese nombre          | datos_de_contacto
            mi correo nuevo es rodrigo.p@empresa.cl                              | datos_de_contacto
            ya no uso este número, escríbanle a mi hijo al 9 8765 4321           | datos_de_contacto
            me pasás el CBU para transferir?                                     | consulta pago
            hasta qué fecha tengo para pagar sin mora?                           | consulta pago
            me podría mandar el detalle de esa factura?                          | consulta
            What's the total outstanding?                                        | consulta
            el viernes le pago, y aprovecho, me cotiza 10 sacos de cemento?      | otro pago promesa_de_pago
            no tengo cómo pagar, estoy sin trabajo                               | pago
            """)
    void topicsOfOneMessage(String text, String expected) {
        assertThat(topicsOf(text)).containsExactlyInAnyOrderElementsOf(Arrays.asList(expected.split(" ")));
    }
}
