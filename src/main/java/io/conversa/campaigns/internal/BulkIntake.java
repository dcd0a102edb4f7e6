package io.conversa.campaigns.internal;

import io.conversa.campaigns.Audience;
import io.conversa.campaigns.BulkRecipientInput;
import io.conversa.campaigns.BulkSendRequest;
import io.conversa.campaigns.CreatedBulkSend;
import io.conversa.core.DomainException;
import io.conversa.core.WorkspaceId;
import io.conversa.inbox.Inbox;
import io.conversa.inbox.TemplateRequest;
import io.conversa.receivables.AudienceMember;
import io.conversa.receivables.CustomerAudience;
import io.conversa.receivables.Customers;
import io.conversa.settings.ChannelCredentials;
import io.conversa.settings.Channels;
import io.conversa.templates.TemplateView;
import io.conversa.templates.Templates;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Creates a bulk send and writes its recipients (see {@link RecipientIntake}), from a list, a CSV or an audience
 * over receivables data. Runs inside the caller's transaction: a failure leaves nothing behind.
 */
@Component
public class BulkIntake {

    private final BulkSendStore sends;
    private final RecipientStore recipients;
    private final OptOutStore optOuts;
    private final BulkTemplate bulkTemplate;
    private final Templates templates;
    private final Channels channels;
    private final Customers customers;
    private final Inbox inbox;
    private final JsonMapper json;
    private final Clock clock;

    BulkIntake(
            BulkSendStore sends,
            RecipientStore recipients,
            OptOutStore optOuts,
            BulkTemplate bulkTemplate,
            Templates templates,
            Channels channels,
            Customers customers,
            Inbox inbox,
            JsonMapper json,
            Clock clock) {
        this.sends = sends;
        this.recipients = recipients;
        this.optOuts = optOuts;
        this.bulkTemplate = bulkTemplate;
        this.templates = templates;
        this.channels = channels;
        this.customers = customers;
        this.inbox = inbox;
        this.json = json;
        this.clock = clock;
    }

    public CreatedBulkSend create(WorkspaceId workspace, BulkSendRequest request, UUID createdBy) {
        boolean listed = request.recipients() != null;
        if (listed == (request.audience() != null)) {
            throw DomainException.invalid(
                    "recipients", "bulk.error.recipientsOrAudience", "Give either recipients or an audience");
        }
        UUID id = start(
                workspace,
                request.name(),
                request.template(),
                request.sendAt(),
                createdBy,
                listed ? "list" : "audience:" + json.writeValueAsString(request.audience()));
        RecipientIntake intake = intake(id, workspace);
        if (listed) {
            long row = 0;
            for (BulkRecipientInput recipient : request.recipients()) {
                row++;
                String parameters =
                        recipient.parameters() == null || recipient.parameters().isNull()
                                ? null
                                : json.writeValueAsString(recipient.parameters());
                intake.add(row, recipient.phone(), null, parameters);
            }
        } else {
            forEachMember(workspace, request.audience(), new Consumer<>() {
                long row;

                @Override
                public void accept(AudienceMember member) {
                    boolean owes = member.balance() != null && member.balance().compareTo(BigDecimal.ZERO) > 0;
                    intake.add(++row, member.phone(), owes ? member.customerId() : null, null);
                }
            });
        }
        return finish(workspace, id, intake);
    }

    public CreatedBulkSend createFromCsv(
            WorkspaceId workspace,
            String name,
            TemplateRequest template,
            InputStream csv,
            Instant sendAt,
            UUID createdBy) {
        UUID id = start(workspace, name, template, sendAt, createdBy, "csv");
        RecipientIntake intake = intake(id, workspace);
        TemplateView approved = approved(workspace, template);
        boolean named = templates.variables(approved).named();
        List<List<String>> header = new java.util.ArrayList<>(1);
        RecipientCsv.read(
                csv,
                row -> intake.add(
                        row.line(), row.phone(), null, parameters(row.values(), named ? header.get(0) : null)),
                header::add);
        return finish(workspace, id, intake);
    }

    /** The first recipients the audience chooses (the replied filter applied to a wider first page). */
    public List<AudienceMember> firstOf(WorkspaceId workspace, Audience audience, int limit) {
        CustomerAudience filters = filters(audience);
        if (audience.replied() == null) {
            return customers.firstInAudience(workspace, filters, limit);
        }
        Set<String> wrote = wroteRecently(workspace, audience);
        return customers.firstInAudience(workspace, filters, limit * 50).stream()
                .filter(member -> wrote.contains(member.phone()) == audience.replied())
                .limit(limit)
                .toList();
    }

    public long audienceSize(WorkspaceId workspace, Audience audience) {
        long[] count = {0};
        forEachMember(workspace, audience, member -> count[0]++);
        return count[0];
    }

    private UUID start(
            WorkspaceId workspace,
            String name,
            TemplateRequest template,
            Instant sendAt,
            UUID createdBy,
            String audience) {
        approved(workspace, template);
        Instant now = Instant.now(clock);
        UUID id = UUID.randomUUID();
        sends.insert(
                id,
                workspace.value(),
                name.trim(),
                template.name(),
                template.language(),
                bulkTemplate.store(template),
                audience,
                sendAt == null || sendAt.isBefore(now) ? now : sendAt,
                createdBy,
                now);
        return id;
    }

    private TemplateView approved(WorkspaceId workspace, TemplateRequest template) {
        ChannelCredentials channel = channels.primary(workspace)
                .orElseThrow(() -> new DomainException(
                        DomainException.Kind.UNPROCESSABLE,
                        "bulk.error.noNumber",
                        "Connect a WhatsApp number first",
                        List.of()));
        return templates.approved(workspace, channel.id(), template.name(), template.language());
    }

    private RecipientIntake intake(UUID id, WorkspaceId workspace) {
        return new RecipientIntake(id, workspace, recipients, optOuts, customers, Instant.now(clock));
    }

    private CreatedBulkSend finish(WorkspaceId workspace, UUID id, RecipientIntake intake) {
        RecipientIntake.Report report = intake.finish();
        if (report.accepted() == 0) {
            throw DomainException.invalid("recipients", "bulk.error.noRecipients", "No recipient with a valid phone");
        }
        sends.setTotal(id, report.accepted());
        return new CreatedBulkSend(
                sends.find(workspace.value(), id).orElseThrow(),
                report.accepted(),
                report.duplicates(),
                report.optedOut(),
                report.rejectedCount(),
                report.rejected());
    }

    private static CustomerAudience filters(Audience audience) {
        return new CustomerAudience(
                audience.minDaysOverdue(), audience.minBalance(), audience.tag(), audience.country());
    }

    /**
     * The E.164 numbers (as spelled today, like the customers' phones) of the contacts who wrote in the audience's
     * days: a WhatsApp id keeps old spellings, such as Mexico's 521 for mobiles.
     */
    private Set<String> wroteRecently(WorkspaceId workspace, Audience audience) {
        int days = audience.repliedWithinDays() == null ? 30 : audience.repliedWithinDays();
        Set<String> numbers = new java.util.HashSet<>();
        for (String waId :
                inbox.contactsWhoWroteSince(workspace, Instant.now(clock).minus(Duration.ofDays(days)))) {
            customers.normalizePhone(workspace, "+" + waId).ifPresent(number -> numbers.add(number.value()));
        }
        return numbers;
    }

    private void forEachMember(WorkspaceId workspace, Audience audience, Consumer<AudienceMember> each) {
        CustomerAudience filters = filters(audience);
        if (audience.replied() == null) {
            customers.forEachInAudience(workspace, filters, each);
            return;
        }
        Set<String> wrote = wroteRecently(workspace, audience);
        boolean replied = audience.replied();
        customers.forEachInAudience(workspace, filters, member -> {
            if (wrote.contains(member.phone()) == replied) {
                each.accept(member);
            }
        });
    }

    private String parameters(List<String> values, List<String> names) {
        if (values.isEmpty()) {
            return null;
        }
        if (names == null) {
            ArrayNode array = json.createArrayNode();
            values.forEach(array::add);
            return json.writeValueAsString(array);
        }
        ObjectNode object = json.createObjectNode();
        for (int i = 0; i < values.size() && i < names.size(); i++) {
            object.put(names.get(i), values.get(i));
        }
        return json.writeValueAsString(object);
    }
}
