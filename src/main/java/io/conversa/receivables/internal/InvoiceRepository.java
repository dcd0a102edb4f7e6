package io.conversa.receivables.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface InvoiceRepository extends ListCrudRepository<Invoice, UUID> {

    Optional<Invoice> findByWorkspaceIdAndExternalRef(UUID workspaceId, String externalRef);

    Optional<Invoice> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

    List<Invoice> findByWorkspaceIdAndExternalRefIn(UUID workspaceId, Collection<String> externalRefs);

    List<Invoice> findByWorkspaceIdAndCustomerIdOrderByDueDateAsc(UUID workspaceId, UUID customerId);

    List<Invoice> findByWorkspaceIdAndCustomerIdOrderByDueDateDesc(UUID workspaceId, UUID customerId);

    /** How much of the invoice the payments recorded here have paid. */
    @Query("SELECT COALESCE(SUM(amount), 0) FROM payment_application WHERE invoice_id = :invoiceId")
    BigDecimal appliedPayments(UUID invoiceId);
}
