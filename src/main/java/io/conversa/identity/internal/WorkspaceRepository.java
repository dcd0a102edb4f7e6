package io.conversa.identity.internal;

import io.conversa.identity.Workspace;
import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface WorkspaceRepository extends ListCrudRepository<Workspace, UUID> {

    List<Workspace> findAllByOrderByCreatedAtAsc();
}
