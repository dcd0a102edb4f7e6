package io.conversa.whatsapp.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What a Meta error code means for the inbox: may the send be tried again, after how long at least, and how to
 * tell the agent in plain Spanish. Branches on Meta's {@code error.code}; the HTTP status only decides for codes
 * this table does not know.
 */
public final class MetaErrorClassifier {

    /**
     * @param retryable whether the same message may be sent again later
     * @param retryAfter the minimum wait before that attempt; null to use the normal backoff
     * @param explanation the reason in Spanish words for an agent
     */
    public record Classification(int code, boolean retryable, Duration retryAfter, String explanation) {}

    private static final Map<Integer, Classification> KNOWN = new HashMap<>();

    static {
        permanent(131047, "Pasaron más de 24 horas desde el último mensaje del cliente: envía una plantilla.");
        permanent(
                131026,
                "WhatsApp no pudo entregar el mensaje: el cliente no usa WhatsApp, tiene una versión antigua o bloqueó la empresa.");
        permanent(131050, "El cliente pidió no recibir mensajes de marketing de esta empresa.");
        permanent(131051, "WhatsApp no admite este tipo de mensaje.");
        permanent(131030, "El número del cliente no está en la lista de destinatarios de prueba.");
        permanent(131042, "Hay un problema con el método de pago de la cuenta de WhatsApp: avisa a un administrador.");
        permanent(131008, "Falta un dato obligatorio en el mensaje.");
        permanent(131009, "Un dato del mensaje no es válido.");
        permanent(100, "Un dato del mensaje no es válido.");
        permanent(132000, "La cantidad de variables no coincide con la plantilla.");
        permanent(132001, "La plantilla no existe en ese idioma o aún no está aprobada.");
        permanent(132005, "El texto de la plantilla queda demasiado largo con las variables.");
        permanent(132007, "El contenido no cumple las reglas de formato de la plantilla.");
        permanent(132008, "Una variable de la plantilla tiene un valor no válido.");
        permanent(132012, "Una variable de la plantilla no tiene el formato esperado.");
        permanent(132015, "La plantilla está pausada por baja calidad.");
        permanent(132016, "La plantilla está desactivada.");
        permanent(190, "El token de acceso de WhatsApp venció o no es válido: un administrador debe renovarlo.");
        permanent(10, "La aplicación no tiene permiso para esta acción: revisa la configuración.");
        permanent(200, "La aplicación no tiene permiso para esta acción: revisa la configuración.");
        permanent(3, "La aplicación no tiene esta capacidad habilitada: revisa la configuración.");
        permanent(131031, "La cuenta de WhatsApp Business está bloqueada.");
        permanent(133010, "El número de la empresa no está registrado en WhatsApp.");
        permanent(368, "La cuenta está bloqueada temporalmente por infringir políticas de WhatsApp.");
        retryable(130429, Duration.ofSeconds(5), "Se alcanzó el límite de envíos por segundo: se reintentará.");
        retryable(
                131048,
                Duration.ofMinutes(30),
                "WhatsApp limitó los envíos por posibles reportes de spam: se reintentará más tarde.");
        retryable(
                131056,
                Duration.ofSeconds(6),
                "Demasiados mensajes seguidos a este cliente: se reintentará en unos segundos.");
        retryable(4, Duration.ofMinutes(1), "Se alcanzó el límite de llamadas a WhatsApp: se reintentará.");
        retryable(80007, Duration.ofMinutes(1), "Se alcanzó el límite de llamadas a WhatsApp: se reintentará.");
        retryable(131000, null, "WhatsApp tuvo un error inesperado: se reintentará.");
        retryable(131016, null, "WhatsApp no está disponible en este momento: se reintentará.");
        retryable(1, null, "WhatsApp tuvo un error inesperado: se reintentará.");
        retryable(2, null, "WhatsApp no está disponible en este momento: se reintentará.");
        retryable(131057, Duration.ofMinutes(1), "El número está en mantenimiento: se reintentará en un minuto.");
        retryable(
                131049,
                Duration.ofDays(1),
                "WhatsApp decidió no entregar este mensaje de marketing ahora: se podrá intentar mañana.");
        retryable(131052, null, "No se pudo descargar el archivo adjunto: revísalo e inténtalo de nuevo.");
        retryable(131053, null, "No se pudo subir el archivo adjunto: revísalo e inténtalo de nuevo.");
    }

    private MetaErrorClassifier() {}

    /** Classifies Meta's error code; {@code httpStatus} (may be null) only decides for unknown codes. */
    public static Classification classify(int code, Integer httpStatus) {
        Classification known = KNOWN.get(code);
        if (known != null) {
            return known;
        }
        if (code > 200 && code < 300) {
            return new Classification(code, false, null, KNOWN.get(200).explanation());
        }
        boolean retryable = isTransient(httpStatus);
        return new Classification(code, retryable, null, unknownExplanation(code, retryable));
    }

    /** A failure with no Meta error in the answer (an empty 503, a proxy's 404): decided by the HTTP status. */
    public static Classification forHttpStatus(int httpStatus) {
        boolean retryable = isTransient(httpStatus);
        String explanation = retryable
                ? "WhatsApp no está disponible en este momento: se reintentará."
                : "WhatsApp respondió con un error inesperado (HTTP " + httpStatus + ").";
        return new Classification(httpStatus, retryable, null, explanation);
    }

    /** The agent's explanation of a code, for statuses that fail asynchronously (no HTTP status there). */
    public static String explain(int code) {
        return classify(code, null).explanation();
    }

    private static boolean isTransient(Integer httpStatus) {
        return httpStatus != null && (httpStatus >= 500 || httpStatus == 429);
    }

    private static String unknownExplanation(int code, boolean retryable) {
        return retryable
                ? "WhatsApp tuvo un problema temporal (código " + code + "): se reintentará."
                : "WhatsApp rechazó el mensaje (código " + code + ").";
    }

    private static void permanent(int code, String explanation) {
        KNOWN.put(code, new Classification(code, false, null, explanation));
    }

    private static void retryable(int code, Duration retryAfter, String explanation) {
        KNOWN.put(code, new Classification(code, true, retryAfter, explanation));
    }
}
