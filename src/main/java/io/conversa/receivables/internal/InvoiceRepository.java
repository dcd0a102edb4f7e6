package io.conversa.receivables.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface InvoiceRepository extends ListCrudRepository<Invoice, UUID> {

    Optional<Invoice> findByWorkspaceIdAndExternalRef(UUID workspaceId, String externalRef);

    Optional<Invoice> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

    List<Invoice> findByWorkspaceIdAndExternalRefIn(UUID workspaceId, Collection<String> externalRefs);

    List<Invoice> findByCustomerIdOrderByDueDateAsc(UUID customerId);

    List<Invoice> findByCustomerIdOrderByDueDateDesc(UUID customerId);
}
