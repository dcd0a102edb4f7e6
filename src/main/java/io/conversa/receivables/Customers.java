package io.conversa.receivables;

import io.conversa.core.DomainException;
import io.conversa.core.E164;
import io.conversa.core.ResultPage;
import io.conversa.core.WorkspaceId;
import io.conversa.identity.Workspace;
import io.conversa.identity.Workspaces;
import io.conversa.receivables.internal.AudienceQuery;
import io.conversa.receivables.internal.Customer;
import io.conversa.receivables.internal.CustomerList;
import io.conversa.receivables.internal.CustomerRepository;
import io.conversa.receivables.internal.CustomerTag;
import io.conversa.receivables.internal.InputValidator;
import io.conversa.receivables.internal.PhoneNormalizer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customers of a workspace: upsert by external reference, search, account summary and phone matching. */
@Service
public class Customers {

    private final CustomerRepository repository;
    private final CustomerList list;
    private final AudienceQuery audiences;
    private final AccountSummaries summaries;
    private final Workspaces workspaces;
    private final InputValidator validator;
    private final PhoneNormalizer phones = new PhoneNormalizer();
    private final Clock clock;

    Customers(
            CustomerRepository repository,
            CustomerList list,
            AudienceQuery audiences,
            AccountSummaries summaries,
            Workspaces workspaces,
            InputValidator validator,
            Clock clock) {
        this.repository = repository;
        this.list = list;
        this.audiences = audiences;
        this.summaries = summaries;
        this.workspaces = workspaces;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public Upserted<CustomerView> upsert(WorkspaceId workspaceId, CustomerInput input) {
        validator.validate(input);
        Workspace workspace = workspaces.get(workspaceId);
        Optional<Customer> existing = repository.findByWorkspaceIdAndExternalRef(
                workspaceId.value(), input.externalRef().trim());
        Customer merged = merge(workspace, existing, input);
        return new Upserted<>(view(repository.save(merged)), existing.isEmpty());
    }

    public CustomerView get(WorkspaceId workspace, UUID id) {
        return view(load(workspace, id));
    }

    public Optional<CustomerView> findByExternalRef(WorkspaceId workspace, String externalRef) {
        return repository
                .findByWorkspaceIdAndExternalRef(workspace.value(), externalRef)
                .map(Customers::view);
    }

    public ResultPage<CustomerRow> search(WorkspaceId workspace, CustomerSearch search, int page, int size) {
        Workspace ws = workspaces.get(workspace);
        return list.search(ws, workspaces.today(workspace), search, page, size);
    }

    public PortfolioTotals totals(WorkspaceId workspace) {
        return list.totals(workspaces.get(workspace), workspaces.today(workspace));
    }

    /** Ids of customers whose name, e-mail, tax id, reference or phone contains the text (at most {@code limit}). */
    /**
     * Every customer with a phone that the audience chooses, streamed to {@code each} in name order (inside the
     * caller's transaction, so the rows come from a cursor instead of all at once).
     */
    @Transactional(readOnly = true)
    public void forEachInAudience(WorkspaceId workspace, CustomerAudience audience, Consumer<AudienceMember> each) {
        audiences.forEach(workspaces.get(workspace), workspaces.today(workspace), audience, each);
    }

    /** What each of these customers still owes (any currency); those who owe nothing, or are unknown, are absent. */
    public Map<UUID, BigDecimal> openBalances(WorkspaceId workspace, Collection<UUID> ids) {
        return audiences.openBalances(workspaces.get(workspace), ids);
    }

    /** The first customers the audience chooses, in name order (a preview). */
    @Transactional(readOnly = true)
    public List<AudienceMember> firstInAudience(WorkspaceId workspace, CustomerAudience audience, int limit) {
        List<AudienceMember> first = new java.util.ArrayList<>();
        audiences.forEach(workspaces.get(workspace), workspaces.today(workspace), audience, limit, first::add);
        return first;
    }

    public List<UUID> idsMatching(WorkspaceId workspace, String text, int limit) {
        return list.idsMatching(workspaces.get(workspace), text, limit);
    }

    /** The names of these customers of the workspace, by id (ids of other workspaces or unknown ones are left out). */
    public Map<UUID, String> names(WorkspaceId workspace, Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : list.names(workspaces.get(workspace), ids);
    }

    /** Tags in use, for filters and suggestions. */
    public List<String> tags(WorkspaceId workspace) {
        return list.tags(workspaces.get(workspace));
    }

    public AccountSummary summary(WorkspaceId workspace, UUID customerId) {
        load(workspace, customerId);
        return summaries.of(workspaces.get(workspace), workspaces.today(workspace), customerId);
    }

    /**
     * The one customer whose phone is the number of this WhatsApp id, however the phone was typed (Mexico's 521,
     * Argentina's 549 and Brazil's ninth digit included). Empty when none or more than one match: an agent links
     * those by hand.
     */
    public Optional<CustomerView> findByPhone(WorkspaceId workspace, String waId) {
        return phones.matchKeyOfWaId(waId).flatMap(key -> {
            List<Customer> candidates = repository.findTop2ByWorkspaceIdAndPhoneKey(workspace.value(), key);
            return candidates.size() == 1 ? Optional.of(view(candidates.get(0))) : Optional.empty();
        });
    }

    /**
     * {@link #findByPhone} for many WhatsApp ids at once (one query): each wa_id that exactly one customer's phone
     * matches, with that customer's id.
     */
    public Map<String, UUID> findByPhones(WorkspaceId workspace, Collection<String> waIds) {
        Map<String, String> keyOfWaId = new java.util.HashMap<>();
        waIds.forEach(waId -> phones.matchKeyOfWaId(waId).ifPresent(key -> keyOfWaId.put(waId, key)));
        Map<String, List<UUID>> customersOfKey =
                list.withPhoneKeys(workspaces.get(workspace), Set.copyOf(keyOfWaId.values())).stream()
                        .collect(Collectors.groupingBy(
                                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<String, UUID> found = new java.util.HashMap<>();
        keyOfWaId.forEach((waId, key) -> {
            List<UUID> candidates = customersOfKey.getOrDefault(key, List.of());
            if (candidates.size() == 1) {
                found.put(waId, candidates.get(0));
            }
        });
        return found;
    }

    /** A phone as typed, read with the workspace's default country; empty when it is not a phone number. */
    public Optional<E164> normalizePhone(WorkspaceId workspace, String typed) {
        return phones.normalize(typed, workspaces.get(workspace).defaultCountry());
    }

    /** The customer an invoice or payment names, by id or by external reference. */
    UUID resolveReference(WorkspaceId workspace, UUID id, String externalRef) {
        if (id != null) {
            return repository
                    .findByIdAndWorkspaceId(id, workspace.value())
                    .map(Customer::id)
                    .orElseThrow(() -> DomainException.invalid(
                            "customerId", "error.customerIdUnknown", "No customer with id " + id, id));
        }
        if (externalRef == null || externalRef.isBlank()) {
            throw DomainException.invalid(
                    "customerExternalRef", "error.customerRequired", "customerId or customerExternalRef is required");
        }
        return repository
                .findByWorkspaceIdAndExternalRef(workspace.value(), externalRef.trim())
                .map(Customer::id)
                .orElseThrow(() -> DomainException.invalid(
                        "customerExternalRef",
                        "error.customerUnknown",
                        "No customer with externalRef " + externalRef,
                        externalRef));
    }

    Customer load(WorkspaceId workspace, UUID id) {
        return repository
                .findByIdAndWorkspaceId(id, workspace.value())
                .orElseThrow(() -> DomainException.notFound("Customer", id));
    }

    private Customer merge(Workspace workspace, Optional<Customer> existing, CustomerInput input) {
        Instant now = Instant.now(clock);
        Customer base = existing.orElseGet(() -> new Customer(
                UUID.randomUUID(),
                workspace.id(),
                input.externalRef().trim(),
                null,
                null,
                null,
                null,
                null,
                null,
                Set.of(),
                now,
                now,
                null));
        String phone = keepOrReplace(base.phone(), input.phone());
        Optional<E164> e164 = phone == null ? Optional.empty() : phones.normalize(phone, workspace.defaultCountry());
        if (phone != null && e164.isEmpty()) {
            throw DomainException.invalid("phone", "error.phone", "Not a phone number: " + phone, phone);
        }
        return new Customer(
                base.id(),
                base.workspaceId(),
                base.externalRef(),
                input.name().trim(),
                keepOrReplace(base.email(), input.email()),
                phone,
                e164.map(E164::value).orElse(null),
                e164.map(phones::matchKey).orElse(null),
                keepOrReplace(base.taxId(), input.taxId()),
                input.tags() == null ? base.tags() : tags(input.tags()),
                base.createdAt(),
                now,
                base.version());
    }

    /** Null keeps what is stored; blank clears it. */
    private static String keepOrReplace(String current, String incoming) {
        if (incoming == null) {
            return current;
        }
        return incoming.isBlank() ? null : incoming.trim();
    }

    private static Set<CustomerTag> tags(List<String> tags) {
        return tags.stream()
                .map(tag -> new CustomerTag(tag.trim().toLowerCase()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static CustomerView view(Customer c) {
        List<String> tags = c.tags().stream().map(CustomerTag::tag).sorted().toList();
        return new CustomerView(
                c.id(),
                c.externalRef(),
                c.name(),
                c.email(),
                c.phone(),
                c.phoneE164(),
                c.taxId(),
                tags,
                c.createdAt(),
                c.updatedAt());
    }
}
