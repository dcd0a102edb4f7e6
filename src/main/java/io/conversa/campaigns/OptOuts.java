package io.conversa.campaigns;

import io.conversa.campaigns.internal.OptOutStore;
import io.conversa.core.DomainException;
import io.conversa.core.E164;
import io.conversa.core.WorkspaceId;
import io.conversa.receivables.Customers;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts opted out of bulk sends: they wrote an opt-out word (recorded by the inbound listener) or an agent marked
 * them; an agent can undo it. Phones are typed in any format and kept in E.164.
 */
@Service
public class OptOuts {

    private final OptOutStore store;
    private final Customers customers;
    private final Clock clock;

    OptOuts(OptOutStore store, Customers customers, Clock clock) {
        this.store = store;
        this.customers = customers;
        this.clock = clock;
    }

    public Optional<OptOutView> find(WorkspaceId workspace, String phone) {
        return store.find(workspace.value(), number(workspace, phone).value());
    }

    /** Marks the contact; answers its opt-out (the first one stays when it had already opted out). */
    @Transactional
    public OptOutView optOut(WorkspaceId workspace, String phone, String source, String detail, UUID by) {
        E164 number = number(workspace, phone);
        store.add(workspace.value(), number.value(), source, detail, by, Instant.now(clock));
        return store.find(workspace.value(), number.value()).orElseThrow();
    }

    /** The contact may receive bulk sends again; false when it had not opted out. */
    @Transactional
    public boolean undo(WorkspaceId workspace, String phone) {
        return store.remove(workspace.value(), number(workspace, phone).value());
    }

    private E164 number(WorkspaceId workspace, String phone) {
        return customers
                .normalizePhone(workspace, phone == null ? "" : phone)
                .orElseThrow(
                        () -> DomainException.invalid("phone", "bulk.error.phone", "Not a phone number: " + phone));
    }
}
