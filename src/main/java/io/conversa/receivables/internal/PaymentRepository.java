package io.conversa.receivables.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface PaymentRepository extends ListCrudRepository<Payment, UUID> {

    Optional<Payment> findByWorkspaceIdAndExternalRef(UUID workspaceId, String externalRef);

    Optional<Payment> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

    List<Payment> findByWorkspaceIdAndCustomerIdOrderByPaidAtDesc(UUID workspaceId, UUID customerId);
}
