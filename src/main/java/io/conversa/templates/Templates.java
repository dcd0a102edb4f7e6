package io.conversa.templates;

import io.conversa.core.DomainException;
import io.conversa.core.FieldProblem;
import io.conversa.core.WorkspaceId;
import io.conversa.settings.ChannelCredentials;
import io.conversa.settings.Channels;
import io.conversa.templates.internal.BindingDataFactory;
import io.conversa.templates.internal.BindingSuggestions;
import io.conversa.templates.internal.CarryingArguments;
import io.conversa.templates.internal.MetaTemplates;
import io.conversa.templates.internal.TemplateRequests;
import io.conversa.templates.internal.TemplateRules;
import io.conversa.templates.internal.TemplateStore;
import io.conversa.templates.internal.TemplateStructure;
import io.conversa.templates.internal.VariableBinder;
import io.conversa.templates.spi.TemplateProvider;
import io.conversa.templates.spi.TemplateProvider.Submission;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The template catalog: sync from Meta, create and delete, status updates, and rendering with variables. */
@Service
public class Templates {

    private static final Logger log = LoggerFactory.getLogger(Templates.class);

    private final TemplateStore store;
    private final TemplateProvider provider;
    private final Channels channels;
    private final JsonMapper json;
    private final BindingDataFactory bindingData;
    private final VariableBinder binder = new VariableBinder();
    private final TemplateRules rules = new TemplateRules();
    private final TemplateRequests requests = new TemplateRequests();
    private final TransactionTemplate transaction;
    private final Clock clock;

    Templates(
            TemplateStore store,
            TemplateProvider provider,
            Channels channels,
            JsonMapper json,
            BindingDataFactory bindingData,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.bindingData = bindingData;
        this.transaction = new TransactionTemplate(transactions);
        this.store = store;
        this.provider = provider;
        this.channels = channels;
        this.json = json;
        this.clock = clock;
    }

    /** Brings the catalog of every number of the workspace up to date with Meta (all pages). */
    public SyncResult sync(WorkspaceId workspace) {
        int templates = 0;
        List<String> errors = new ArrayList<>();
        for (var channel : channels.list(workspace)) {
            try {
                ChannelCredentials credentials = channels.credentials(channel.id());
                List<String> listed = provider.listAll(channel.id());
                templates += transaction.execute(status -> store(workspace, credentials, listed));
            } catch (TemplateProvider.ProviderException e) {
                errors.add(e.getMessage());
                store.recordSync(channel.id(), Instant.now(clock), e.getMessage());
                log.warn("Template sync of number {} failed: {}", channel.phoneNumberId(), e.getMessage());
            }
        }
        return new SyncResult(templates, errors);
    }

    /** How a sync went: templates seen and the errors of numbers that could not be synced. */
    public record SyncResult(int templates, List<String> errors) {}

    private int store(WorkspaceId workspace, ChannelCredentials channel, List<String> listed) {
        Instant now = Instant.now(clock);
        List<String> keep = new ArrayList<>();
        for (String metaTemplate : listed) {
            TemplateStore.Entry entry = MetaTemplates.entry(json, metaTemplate);
            store.upsert(workspace.value(), channel.id(), entry, now);
            keep.add(entry.name() + "|" + entry.language());
        }
        store.removeAllExcept(channel.id(), keep);
        store.recordSync(channel.id(), now, null);
        return keep.size();
    }

    public List<TemplateView> list(WorkspaceId workspace, String status, String category, String language) {
        return store.list(workspace.value(), status, category, language);
    }

    public TemplateView get(WorkspaceId workspace, UUID id) {
        return store.find(workspace.value(), id).orElseThrow(() -> DomainException.notFound("Template", id));
    }

    public Optional<Instant> lastSync(WorkspaceId workspace) {
        return store.lastSync(workspace.value());
    }

    /** An approved template of the number by name and language, or 422 when there is none. */
    public TemplateView approved(WorkspaceId workspace, UUID channelId, String name, String language) {
        TemplateView template = store.find(workspace.value(), channelId, name, language)
                .orElseThrow(() -> new DomainException(
                        DomainException.Kind.UNPROCESSABLE,
                        "templates.error.unknown",
                        "No template " + name + " (" + language + ")",
                        List.of(name, language)));
        if (!template.approved()) {
            throw new DomainException(
                    DomainException.Kind.UNPROCESSABLE,
                    "templates.error.notApproved",
                    "Template " + name + " is " + template.status() + ", only approved templates can be sent",
                    List.of(name, template.status()));
        }
        return template;
    }

    /** Checks the draft as Meta would, submits it and stores it with Meta's answer. */
    @Transactional
    public TemplateView create(WorkspaceId workspace, UUID channelId, TemplateDraft draft) {
        List<FieldProblem> problems = rules.check(draft);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        ChannelCredentials channel = channels.credentials(channelId);
        if (!channel.workspaceId().equals(workspace)) {
            throw DomainException.notFound("Channel", channelId);
        }
        String request = requests.creationJson(draft);
        Submission answer = provider.create(channelId, request);
        if (!answer.accepted()) {
            throw new DomainException(
                    DomainException.Kind.UNPROCESSABLE,
                    "templates.error.meta",
                    "Meta refused the template: " + answer.errorMessage(),
                    List.of(String.valueOf(answer.errorCode()), String.valueOf(answer.errorMessage())));
        }
        var components = json.readTree(request).path("components");
        TemplateStore.Entry entry = new TemplateStore.Entry(
                answer.metaId(),
                draft.name(),
                draft.language(),
                answer.category() != null ? answer.category() : draft.category(),
                answer.status() == null ? "PENDING" : answer.status(),
                draft.parameterFormat() == null ? "POSITIONAL" : draft.parameterFormat(),
                json.writeValueAsString(components),
                null,
                null);
        store.upsert(workspace.value(), channelId, entry, Instant.now(clock));
        return store.find(workspace.value(), channelId, draft.name(), draft.language())
                .orElseThrow();
    }

    @Transactional
    public void delete(WorkspaceId workspace, UUID id) {
        TemplateView template = get(workspace, id);
        provider.delete(template.channelId(), template.name());
        store.delete(workspace.value(), id);
    }

    /** {@code message_template_status_update}: the status Meta decided, applied at once. */
    @Transactional
    public boolean applyStatusUpdate(
            UUID channelId, String metaId, String name, String language, String event, String reason) {
        return store.updateStatus(
                channelId, metaId, name, language, event, "NONE".equals(reason) ? null : reason, Instant.now(clock));
    }

    /** For each body variable whose name or wording suggests it, the customer data it most likely wants. */
    public Map<String, Binding> suggestedBindings(TemplateView template) {
        TemplateStructure structure = TemplateStructure.parse(template.componentsJson(), template.parameterFormat());
        return BindingSuggestions.of(structure.body(), variables(template).body());
    }

    /**
     * Arguments that fill the whole template without typing and carry {@code value} (e.g. the payment link being
     * sent) wherever the template takes {@code binding}: a body variable whose wording suggests it, or a dynamic URL
     * button whose address the value completes. Empty when the template cannot carry it that way (see
     * {@link CarryingArguments}).
     */
    public Optional<TemplateArguments> argumentsCarrying(TemplateView template, Binding binding, String value) {
        TemplateStructure structure = TemplateStructure.parse(template.componentsJson(), template.parameterFormat());
        return CarryingArguments.of(structure, variables(template).body(), suggestedBindings(template), binding, value);
    }

    /** What variables a template takes, for forms that ask for them. */
    public TemplateVariables variables(TemplateView template) {
        TemplateStructure structure = TemplateStructure.parse(template.componentsJson(), template.parameterFormat());
        List<String> body = new ArrayList<>();
        if (structure.named()) {
            body.addAll(structure.namedVariables());
        } else {
            for (int i = 1; i <= structure.positionalCount(); i++) {
                body.add(String.valueOf(i));
            }
        }
        List<Integer> buttons = structure.parameterButtons().stream()
                .map(TemplateStructure.Button::index)
                .toList();
        return new TemplateVariables(body, structure.named(), structure.headerParameterCount(), buttons);
    }

    /**
     * Fills a template's variables, typed by hand or bound to the customer's data (null customer: hand-typed only),
     * and renders what the customer will read.
     */
    public RenderedTemplate render(
            WorkspaceId workspace, TemplateView template, TemplateArguments arguments, UUID customerId) {
        Set<String> bound = arguments == null ? Set.of() : arguments.boundKeys();
        return binder.render(template, arguments, bindingData.of(workspace, customerId, bound));
    }
}
