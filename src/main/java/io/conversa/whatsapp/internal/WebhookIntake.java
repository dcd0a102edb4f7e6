package io.conversa.whatsapp.internal;

import io.conversa.inbox.ChannelRef;
import io.conversa.inbox.Inbox;
import io.conversa.inbox.ReceiveResult;
import io.conversa.settings.ChannelCredentials;
import io.conversa.templates.Templates;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One signed webhook delivery, in one transaction: the raw body is archived with its outcome and every change is
 * handed to the inbox of its number. Only after the commit does the controller answer 200.
 */
@Service
public class WebhookIntake {

    private static final Logger log = LoggerFactory.getLogger(WebhookIntake.class);

    /** How a delivery ended. */
    public enum Outcome {
        STORED,
        UNAUTHORIZED,
        NOT_JSON
    }

    private final KnownChannels channels;
    private final WebhookParser parser;
    private final Inbox inbox;
    private final Templates templates;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    WebhookIntake(
            KnownChannels channels,
            WebhookParser parser,
            Inbox inbox,
            Templates templates,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.templates = templates;
        this.channels = channels;
        this.parser = parser;
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Checks the signature and parses before taking a database connection; then stores the delivery in one
     * transaction. Throws a data-access or transaction exception when the database is unavailable.
     */
    public Outcome accept(byte[] body, String signature) {
        if (!channels.signedByAny(body, signature)) {
            return Outcome.UNAUTHORIZED;
        }
        ParsedWebhook parsed;
        try {
            parsed = parser.parse(body);
        } catch (MalformedWebhookException e) {
            transaction.executeWithoutResult(status -> archive(body, signature, "not_json", e.getMessage()));
            return Outcome.NOT_JSON;
        }
        transaction.executeWithoutResult(status -> store(body, signature, parsed));
        return Outcome.STORED;
    }

    private void store(byte[] body, String signature, ParsedWebhook parsed) {
        List<String> notes = new ArrayList<>();
        ReceiveResult result = ReceiveResult.none();
        for (ParsedWebhook.Change change : parsed.changes()) {
            result = result.plus(handle(change, notes));
        }
        archive(body, signature, notes.isEmpty() ? "stored" : "stored_with_notes", String.join("; ", notes));
        log.debug(
                "Webhook stored: {} new, {} repeated, {} statuses",
                result.stored(),
                result.duplicates(),
                result.statuses());
    }

    private ReceiveResult handle(ParsedWebhook.Change change, List<String> notes) {
        change.skipped().forEach(reason -> notes.add("skipped: " + reason));
        if (!change.templateUpdates().isEmpty()) {
            change.templateUpdates().forEach(update -> applyTemplateUpdate(update, notes));
            return ReceiveResult.none();
        }
        if (!"messages".equals(change.field())) {
            notes.add("field " + change.field() + " kept in the archive");
            return ReceiveResult.none();
        }
        Optional<ChannelCredentials> channel =
                Optional.ofNullable(change.phoneNumberId()).flatMap(channels::byPhoneNumberId);
        if (channel.isEmpty()) {
            notes.add("unknown phone_number_id " + change.phoneNumberId());
            return ReceiveResult.none();
        }
        change.errors().forEach(error -> notes.add("error " + error));
        var ref = new ChannelRef(channel.get().id(), channel.get().workspaceId());
        return inbox.receive(ref, change.messages(), change.statuses());
    }

    /** A template's new status (or quality or category), applied to every number that has it. */
    private void applyTemplateUpdate(TemplateStatusUpdate update, List<String> notes) {
        if (update.event() == null || update.event().contains(":")) {
            notes.add("template " + update.name() + " " + update.event() + " kept in the archive");
            return;
        }
        boolean applied = channels.all().stream()
                .map(channel -> templates.applyStatusUpdate(
                        channel.id(),
                        update.templateId(),
                        update.name(),
                        update.language(),
                        update.event(),
                        update.reason()))
                .reduce(false, Boolean::logicalOr);
        if (!applied) {
            notes.add("template " + update.name() + " (" + update.language() + ") not in the catalog yet");
        }
    }

    private void archive(byte[] body, String signature, String outcome, String detail) {
        jdbc.sql("""
                        INSERT INTO webhook_delivery (id, received_at, signature, body, outcome, detail)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        Timestamp.from(Instant.now(clock)),
                        truncate(signature, 100),
                        new String(body, StandardCharsets.UTF_8),
                        outcome,
                        truncate(detail, 2000))
                .update();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
