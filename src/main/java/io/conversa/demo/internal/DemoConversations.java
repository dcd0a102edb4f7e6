package io.conversa.demo.internal;

import io.conversa.core.E164;
import io.conversa.core.WorkspaceId;
import io.conversa.identity.UserView;
import io.conversa.identity.Users;
import io.conversa.identity.Workspaces;
import io.conversa.inbox.ChannelRef;
import io.conversa.inbox.ConversationFilter;
import io.conversa.inbox.ConversationUpdate;
import io.conversa.inbox.InboundMessage;
import io.conversa.inbox.Inbox;
import io.conversa.inbox.MessageType;
import io.conversa.receivables.CustomerSearch;
import io.conversa.receivables.Customers;
import io.conversa.settings.ChannelCredentials;
import io.conversa.settings.Channels;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A collections team's day in the demo inbox: customers who write about payments, promises, disputes and receipts,
 * over the last three days (some inside the 24-hour window, most outside), one unknown number, priorities, tags,
 * notes and an assignment. Loaded once, when the demo workspace's inbox is empty, through the inbox's own API.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 12)
class DemoConversations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoConversations.class);

    /** A chat: what the customer wrote (minutes before now, text), then how the team left it. */
    record Chat(List<Line> lines, String priority, List<String> tags, String note, boolean closed, boolean toAgent) {}

    record Line(long minutesAgo, String text) {}

    record Contact(String waId, String name) {}

    static final List<Chat> CHATS = List.of(
            chat(
                    "urgent",
                    List.of("disputa"),
                    "Revisar con facturación: dice que la F-1023 ya estaba pagada.",
                    false,
                    true,
                    line(35, "Buenas tardes, me llegó un cobro de una factura que ya pagué en octubre"),
                    line(33, "Tengo el comprobante de la transferencia, no puede ser que me sigan cobrando 😡"),
                    line(12, "¿Alguien me puede responder? Necesito que lo solucionen hoy")),
            chat(
                    "high",
                    List.of("promesa"),
                    null,
                    false,
                    false,
                    line(95, "Hola, sé que estoy atrasado con el pago"),
                    line(93, "El viernes me pagan y le transfiero la mitad, el resto a fin de mes ¿le sirve?")),
            chat(
                    "normal",
                    List.of("comprobante"),
                    null,
                    false,
                    false,
                    line(240, "Buenos días, adjunto el comprobante del depósito por el saldo de septiembre"),
                    line(238, "Por favor avísenme cuando quede registrado. Gracias!")),
            chat(
                    "normal",
                    List.of(),
                    null,
                    false,
                    false,
                    line(60 * 20, "Hola, ¿me pueden mandar el detalle de lo que debo? No me cuadra el saldo")),
            chat(
                    "high",
                    List.of("plan-de-pago"),
                    "Ofrecer convenio en 3 cuotas sin interés.",
                    false,
                    false,
                    line(60 * 27, "Estimados, este mes se me complicó con el arriendo"),
                    line(60 * 27 - 3, "¿Puedo pagar en dos o tres cuotas? No quiero atrasarme más")),
            chat("normal", List.of(), null, true, false, line(60 * 30, "Gracias, ya quedó todo pagado 👍")),
            chat(
                    "normal",
                    List.of("promesa"),
                    null,
                    false,
                    true,
                    line(60 * 34, "Mañana a primera hora hago el pago, se lo prometo"),
                    line(60 * 34 - 2, "Le mando el comprobante por aquí mismo")),
            chat(
                    "normal",
                    List.of(),
                    null,
                    false,
                    false,
                    line(60 * 44, "¿Cuál es la cuenta para transferir? La que tengo me da error en la app del banco")),
            chat(
                    "urgent",
                    List.of("disputa"),
                    "Cliente pide hablar con supervisor.",
                    false,
                    false,
                    line(60 * 50, "No reconozco ese cargo de $85.000, yo cancelé el servicio en agosto"),
                    line(60 * 49, "Tengo el correo de la baja si lo necesitan")),
            chat(
                    "normal",
                    List.of(),
                    null,
                    false,
                    false,
                    line(60 * 56, "Hola! ¿Tienen descuento por pronto pago? Podría pagar todo esta semana")),
            chat("normal", List.of(), null, true, false, line(60 * 65, "Ok, recibido. Saludos")),
            chat(
                    "normal",
                    List.of("promesa"),
                    null,
                    false,
                    false,
                    line(60 * 70, "En la quincena pago 50 lucas y el resto a fin de mes, ¿puede ser?")));

    private final DemoDataLoader demo;
    private final Workspaces workspaces;
    private final Channels channels;
    private final Customers customers;
    private final Users users;
    private final Inbox inbox;
    private final Clock clock;

    DemoConversations(
            DemoDataLoader demo,
            Workspaces workspaces,
            Channels channels,
            Customers customers,
            Users users,
            Inbox inbox,
            Clock clock) {
        this.demo = demo;
        this.workspaces = workspaces;
        this.channels = channels;
        this.customers = customers;
        this.users = users;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        WorkspaceId workspace = workspaces.primary().workspaceId();
        Optional<ChannelCredentials> channel = channels.primary(workspace);
        if (channel.isEmpty()
                || !inbox.conversations(workspace, ConversationFilter.tab("all"), null, 1)
                        .items()
                        .isEmpty()) {
            return;
        }
        ChannelRef ref = new ChannelRef(channel.get().id(), workspace);
        List<Contact> people =
                customers.search(workspace, new CustomerSearch(null, null, null, null), 0, 200).items().stream()
                        .filter(c -> c.phone() != null)
                        .flatMap(c -> customers.normalizePhone(workspace, c.phone()).map(E164::digits).stream()
                                .filter(DemoConversations::sameAsWhatsApp)
                                .map(waId -> new Contact(waId, c.name())))
                        .limit(CHATS.size())
                        .toList();
        UUID agent = users.list(workspace).stream()
                .filter(u -> DemoDataLoader.AGENT_EMAIL.equals(u.email()))
                .map(UserView::id)
                .findFirst()
                .orElse(null);
        Instant now = Instant.now(clock);
        for (int i = 0; i < people.size(); i++) {
            load(workspace, ref, people.get(i).waId(), people.get(i).name(), CHATS.get(i), agent, now);
        }
        load(
                workspace,
                ref,
                "56987654321",
                "Pamela",
                chat(
                        "normal",
                        List.of(),
                        null,
                        false,
                        false,
                        line(150, "Hola, me llegó un mensaje de ustedes pero no sé de qué empresa son")),
                agent,
                now);
        log.info("Demo conversations loaded: {}", people.size() + 1);
    }

    private void load(
            WorkspaceId workspace, ChannelRef ref, String waId, String name, Chat chat, UUID agent, Instant now) {
        List<InboundMessage> messages = chat.lines().stream()
                .map(line -> new InboundMessage(
                        "wamid.DEMO" + waId + "." + line.minutesAgo(),
                        waId,
                        null,
                        name,
                        now.minus(Duration.ofMinutes(line.minutesAgo())),
                        MessageType.TEXT,
                        line.text(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "{}"))
                .toList();
        inbox.receive(ref, messages, List.of());
        UUID id = inbox.conversations(
                        workspace,
                        new ConversationFilter("all", null, null, false, null, null, null, waId, null),
                        null,
                        1)
                .items()
                .get(0)
                .id();
        inbox.update(
                workspace,
                id,
                new ConversationUpdate(
                        chat.closed() ? "closed" : null,
                        "normal".equals(chat.priority()) ? null : chat.priority(),
                        chat.tags().isEmpty() ? null : chat.tags(),
                        chat.toAgent() && agent != null ? io.conversa.inbox.Change.to(agent) : null,
                        null,
                        null),
                agent);
        if (chat.note() != null) {
            inbox.addNote(workspace, id, chat.note(), agent);
        }
    }

    /**
     * Mexican mobiles reach WhatsApp as 521… while their E.164 form is 52…: a demo conversation on the E.164 digits
     * would be a second thread once someone writes as that customer from the simulator, so those are left out.
     */
    private static boolean sameAsWhatsApp(String digits) {
        return !digits.startsWith("52");
    }

    private static Chat chat(
            String priority, List<String> tags, String note, boolean closed, boolean toAgent, Line... lines) {
        return new Chat(List.of(lines), priority, tags, note, closed, toAgent);
    }

    private static Line line(long minutesAgo, String text) {
        return new Line(minutesAgo, text);
    }
}
