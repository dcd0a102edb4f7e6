package io.conversa.identity.internal;

import io.conversa.identity.Role;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface AppUserRepository extends ListCrudRepository<AppUser, UUID> {

    Optional<AppUser> findByEmail(String email);

    Optional<AppUser> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

    List<AppUser> findByWorkspaceIdOrderByNameAsc(UUID workspaceId);

    long countByWorkspaceIdAndRoleAndActiveTrue(UUID workspaceId, Role role);

    @Query("SELECT id FROM app_user WHERE workspace_id = :workspaceId AND role = 'ADMIN' AND active FOR UPDATE")
    List<UUID> lockActiveAdmins(UUID workspaceId);
}
