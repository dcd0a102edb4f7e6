package io.conversa.receivables.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface CustomerRepository extends ListCrudRepository<Customer, UUID> {

    Optional<Customer> findByWorkspaceIdAndExternalRef(UUID workspaceId, String externalRef);

    Optional<Customer> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

    /** At most two customers with this phone key: enough to tell "one" from "ambiguous". */
    @Query("SELECT * FROM customer WHERE workspace_id = :workspaceId AND phone_key = :phoneKey LIMIT 2")
    List<Customer> findTop2ByWorkspaceIdAndPhoneKey(UUID workspaceId, String phoneKey);
}
