package io.conversa.insights.offline;

import java.util.List;

/**
 * How customers speak of paying, in Spanish (with the regional verbs: "cancelar" and "consignar" in Colombia and Peru,
 * "yapear" in Peru, "abonar", "depositar") and English: committing to pay, having paid, refusing, being unable.
 */
final class PaymentLanguage {

    private static final String PAY_NOW = "pago|transfiero|deposito|consigno|cancelo|abono|yapeo|plineo|giro|liquido"
            + "|pagare|transferire|depositare|consignare|cancelare|abonare|yapeare"
            + "|pagamos|transferimos|depositamos|consignamos|cancelamos|abonamos";
    private static final String PAY_INFINITIVE = "pagar*|transferir*|depositar*|consignar*|cancelar*|abonar*|yapear*";
    private static final String PAY_PAST =
            "pague|transferi|deposite|consigne|cancele|abone|yapee|plinee|pagado|pagada" + "|cancelado|cancelada";

    /** First-person commitments to pay ("le pago", "voy a transferir", "I'll pay", "you'll get the full amount"). */
    static final Phrases COMMITMENT = Phrases.of(
            PAY_NOW,
            "voy|vamos|iba a ~2 " + PAY_INFINITIVE,
            "voy|vamos a hacer|realizar el|la pago|transferencia|deposito|consignacion|abono",
            "hago|hacemos|realizo el|la pago|transferencia|deposito|consignacion|abono",
            "te|le|les|se [lo|la|los|las] paso la|el|los|las plata|pago|dinero|lana|mitad|monto|transferencia|resto",
            "me pongo al dia|corriente",
            "i|we will|shall|can [be] pay|send|transfer|wire|deposit|settle|cover|clear|make",
            "i|we am|are going to pay|send|transfer|wire|deposit|settle|make",
            "you will get|receive|have it|the|your|payment|money|full|amount|check",
            "will pay|transfer|wire|deposit|settle",
            "will be paid|sent|transferred|wired");

    /** A payment reported as made ("ya pagué", "acabo de transferir", "I already paid"). */
    static final Phrases PAID = Phrases.of(
            PAY_PAST,
            "acabo|acabamos de ~1 " + PAY_INFINITIVE + "|hacer|mandar|enviar",
            "ya [le|te|les|se] hice|hicimos|realice|mande el|la pago|transferencia|deposito|consignacion",
            "el pago lo hice|hicimos|realice",
            "i|we [have] [already] paid|sent|transferred|wired|made",
            "already paid|sent|transferred",
            "payment [was|is|has] [been] sent|made|done");

    /** Saying so right after paying, not against the company's records. */
    static final Phrases JUST_PAID = Phrases.of(
            "acabo|acabamos de",
            "recien",
            "ahora si",
            "listo",
            "just paid|sent|transferred",
            "ya quedo|esta pagado|pagada");

    /** Refusing to pay ("no voy a pagar", "esos intereses no los pago", "I won't pay"). */
    static final Phrases REFUSAL = Phrases.of(
            "no [lo|la|los|las|le|les] [voy|vamos|pienso|pensamos|penso] [a] pagar|pagarlo|pagarla|pagarlos|pagarlas|pago",
            "no pago eso|esos|esa|esas|nada|intereses",
            "not going to pay",
            "will not pay",
            "refuse to pay",
            "no way ~2 paying");

    /** Unable to pay, or not knowing when ("no puedo pagar", "apenas pueda les pago", "I can't pay right now"). */
    static final Phrases INABILITY = Phrases.of(
            "no [le|te|les] puedo|podemos|podre|podria ~2 pagar*",
            "no voy|vamos a poder pagar*",
            "no tengo|tenemos como|con que pagar*",
            "no se|sabemos cuando ~3 pagar*",
            "apenas|cuando pueda|podamos",
            "ni eso tengo|tenemos",
            "can not pay|afford",
            "cannot pay|afford",
            "unable to pay",
            "when i|we can");

    /** Being short of money this month ("ando corto de plata", "estoy misio", "no tengo un mango"). */
    static final Phrases HARDSHIP = Phrases.of(
            "corto|corta|apretado|apretada ~2 plata|dinero|lana|billete|luca|lucas",
            "ando|estoy|estamos corto|corta|apretado|apretada|misio|misia|pelado|pelada|quebrado|quebrada|seco|seca",
            "no tengo|tenemos [un] plata|dinero|lana|mango|peso|billete",
            "no tengo|tenemos nada de plata|dinero|lana",
            "sin plata|dinero|lana|chamba|trabajo|laburo|pega",
            "no traigo|alcanzo",
            "no me alcanza|alcance",
            "tight|short on money|cash",
            "lost my job");

    /** Words about paying at all, for the {@code pago} topic; plural "pagos" on its own is left out on purpose. */
    static final Phrases PAY_WORDS = Phrases.of(
            "pago|pagar*|pague|pagado|pagada|pagamos|pagando|pagaste|pagare|pagaria|pagas|pagues",
            "transferenc*|transferi*|transfiero|transfer|deposit*|consign*|abono|abonar*|abone|yape*|plin*",
            "pay|paid|paying|payment|payments|wire|wired",
            "cuota|cuotas ~2 " + PAY_INFINITIVE);

    /** Regional "cancelar" (to pay a bill), read as paying only in Spanish. */
    static final Phrases CANCEL_AS_PAY = Phrases.of("cancel*");

    /** Questions about where and how to pay: bank details, the payment link, the deadline. */
    static final Phrases PAY_INFO = Phrases.of(
            "cbu",
            "alias",
            "clabe",
            "numero|nro de cuenta",
            "a|en que cuenta",
            "cuenta bancaria|corriente|rut|vista|para",
            "cuenta de ahorros",
            "datos bancarios",
            "datos de|para [la|el] cuenta|transferencia|transferir|deposito",
            "link|enlace|liga",
            "tarjeta",
            "hasta que fecha|dia",
            "hasta cuando",
            "plazo",
            "fecha limite",
            "[se] puede|puedo|podemos|podria pagar*",
            "como|donde ~2 pagar*",
            "bank|account details|number",
            "payment link",
            "the link",
            "deadline",
            "can i|we pay",
            "how|where ~2 pay");

    /** A bare acknowledgement of a reminder. */
    static final List<String> ACKNOWLEDGEMENTS = List.of(
            "ok",
            "okay",
            "oki",
            "okey",
            "listo",
            "enterado",
            "enterada",
            "entendido",
            "recibido",
            "va",
            "sale",
            "vale",
            "dale",
            "ya",
            "bueno",
            "noted",
            "got",
            "it",
            "gracias",
            "thanks");

    private PaymentLanguage() {}

    /** Whether {@code message} speaks of paying. */
    static boolean speaksOfPaying(ParsedMessage message, List<String> words) {
        return PAY_WORDS.in(words) || (!message.english() && CANCEL_AS_PAY.in(words));
    }
}
