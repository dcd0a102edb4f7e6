package io.conversa.identity.internal;

import io.conversa.identity.Role;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface AppUserRepository extends ListCrudRepository<AppUser, UUID> {

    Optional<AppUser> findByEmail(String email);

    Optional<AppUser> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

    List<AppUser> findByWorkspaceIdOrderByNameAsc(UUID workspaceId);

    long countByWorkspaceIdAndRoleAndActiveTrue(UUID workspaceId, Role role);

    long countByRole(Role role);
}
