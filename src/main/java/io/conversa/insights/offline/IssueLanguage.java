package io.conversa.insights.offline;

/**
 * How customers raise everything that is not paying itself: complaints, things to fix, disputes, questions, asking to
 * stop, and other business.
 */
final class IssueLanguage {

    /** A complaint about the product, the service or how the customer was treated. */
    static final Phrases COMPLAINT = Phrases.of(
            "malisimo|malisima|pesimo|pesima|desastre|verguenza|vergonzoso|porqueria",
            "mal servicio|atencion",
            "servicio ~3 malo|mala|malisimo|pesimo|horrible|desastre",
            "nunca llego|llegaron|vino|vinieron|aparecio|vienen|llegan|contestan|responden",
            "nadie viene|vino|llega|contesta|responde|atiende",
            "no han venido|llegado|contestado",
            "sin venir",
            "he|hemos llamado|reclamado ~2 veces",
            "llame ~2 veces",
            "es la segunda|tercera|cuarta vez que [me|nos] pasa",
            "maleducad*|grosero|grosera|groseros|prepotente|descortes",
            "me hablo|contesto|trataron|trato feo|feisimo|mal|como",
            "me traten|tratan|trataron de|como|mal",
            "estuvo|estaba cerrado|cerrada",
            "no pude|pudimos usar*",
            "ni sus luces",
            "no dan|tienen solucion|respuesta",
            "terrible|awful|worst|unacceptable|rude",
            "poor|bad service",
            "nobody|never came|showed",
            "second|third time this happens|happened");

    /** Many reminders, without asking to stop them. */
    static final Phrases TOO_MANY_MESSAGES = Phrases.of(
            "cuantos|tantos|demasiados|muchos mensajes",
            "me llegan # al|por dia",
            "todos los dias me escriben|mandan|llaman",
            "too|so many messages|texts");

    /** Something to fix: a broken product, no service, no access, an invoice that is wrong or never arrives. */
    static final Phrases FIX = Phrases.of(
            "tecnico|tecnica|technician",
            "arregl*|repar*",
            "no funciona|funcionan|anda|sirve|prende|enciende|enfria|carga",
            "dejo de funcionar",
            "falla|fallas|fallado|fallada|fallados|falladas|fallando",
            "danado|danada|danados|roto|rota|rotos",
            "se dano|rompio",
            "fuga",
            "atascad*|trabad*",
            "no [me] abre",
            "error",
            "no puedo|pude|podemos descargar|entrar|ingresar|acceder|abrir|iniciar",
            "no me deja",
            "bloquead*",
            "contrasena",
            "no|nunca me llega|llego|llegaron [el|la|los|las] mail|correo|factura|codigo|link|enlace|boleta|recibo",
            "sin internet|senal|luz|agua|gas|conexion|linea",
            "se corta|cae|cayo",
            "sin enfriar",
            "refactur*",
            "factura|boleta|recibo ~2 mal|incorrecta|incorrecto|errada|equivocada",
            "rfc|ruc|nit|rut ~2 mal|equivocado|incorrecto",
            "me lo|la|los|las cambian|cambien",
            "broken|locked|password",
            "not working",
            "does|do|did not work",
            "fix|fixed|repair|repaired",
            "log|sign in",
            "login",
            "been down",
            "no internet",
            "never arrived",
            "wrong invoice",
            "can not download|access|open");

    /** Contesting the debt or an amount. */
    static final Phrases DEBT_DENIAL = Phrases.of(
            "no [lo|la|los|las|le|les|te] debo|debemos",
            "no corresponde|corresponden",
            "robo|estafa",
            "cobraron|cobran|cobro de mas",
            "cobraron|cobran|pague|pagamos dos veces",
            "nunca contrate|pedi|solicite",
            "no es mio|mia|nuestro|nuestra",
            "como que impaga|impago|debo|vencida|pendiente",
            "que es eso de",
            "nadie me aviso",
            "no me avisaron",
            "es|son de otra|otro sucursal|persona|cliente|empresa",
            "do not owe",
            "should not be charged|billed",
            "charged|billed twice",
            "double charged",
            "i|we cancelled|canceled");

    /** Asking the company to check its records, after saying it was paid. */
    static final Phrases CONTEST = Phrases.of(
            "revis*",
            "chequen|cheque|checar|chequeen",
            "verifiq*",
            "fijate|fijense|fijese",
            "check your|again|records",
            "look again",
            "tengo [mi|el|la] voucher|comprobante|recibo|soporte|constancia|captura",
            "no es posible",
            "i have the|a receipt");

    /** Asking to stop receiving messages. */
    static final Phrases STOP = Phrases.of(
            "baja",
            "no me escriban|manden|envien|contacten|llamen|molesten|sigan",
            "dejen de",
            "quitenme|sacarme|sacame|saquenme|borrenme|eliminenme",
            "no quiero recibir|que me escriban",
            "basta de mensajes",
            "unsubscribe",
            "stop texting|messaging|sending|contacting|writing|calling",
            "remove me",
            "do not text|contact|message me",
            "opt out");

    /** A request for information: balance, what an invoice covers, a copy. */
    static final Phrases INFORMATION = Phrases.of(
            "detalle de|del",
            "copia",
            "saldo",
            "estado de cuenta",
            "cuanto es|seria|serian|sale|queda|debo|debe|debemos|tengo|hay",
            "de cuanto",
            "que incluye|cubre|corresponde",
            "a que corresponde",
            "de que es|son|cuota|cuotas|factura|mes",
            "que es esta|esa|este|ese factura|cobro|cargo",
            "por que me llego|llego|salio|subio|esta tan|es tan",
            "quiero entender|saber",
            "what is|are ~3 for",
            "what ~3 is|are for",
            "what is the total|balance|amount",
            "how much",
            "total outstanding",
            "balance",
            "copy of",
            "explain");

    /** Fees a customer may ask about. */
    static final Phrases FEES = Phrases.of("mora|intereses|interes|recargo|recargos", "late fee|fees");

    /** Asking for something ("me pasás", "could you"), so a mention of the bank account is a question. */
    static final Phrases REQUEST = Phrases.of(
            "me regala|regalas|pasa|pasas|manda|mandas|envia|envias|da|das|dice|dices|indica|indicas|comparte",
            "necesito saber",
            "could|can you",
            "send me");

    /** Other business: an order, a quote, a referral. */
    static final Phrases OTHER_BUSINESS = Phrases.of(
            "pedido",
            "cotiz*",
            "presupuesto",
            "aprovecho",
            "me manda|mandas|envia|envias|trae|traes|despacha #",
            "contacto de mi|un|una",
            "anda|esta buscando",
            "recomende|recomiendo",
            "hable ~2 bien de ustedes",
            "quote",
            "place|new [an|a] order");

    private IssueLanguage() {}
}
