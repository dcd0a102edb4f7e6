package io.conversa.receivables.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface CustomerRepository extends ListCrudRepository<Customer, UUID> {

    Optional<Customer> findByWorkspaceIdAndExternalRef(UUID workspaceId, String externalRef);

    Optional<Customer> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

    List<Customer> findTop2ByWorkspaceIdAndPhoneKey(UUID workspaceId, String phoneKey);
}
