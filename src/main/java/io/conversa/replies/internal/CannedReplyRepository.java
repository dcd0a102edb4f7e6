package io.conversa.replies.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface CannedReplyRepository extends ListCrudRepository<CannedReply, UUID> {

    Optional<CannedReply> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

    Optional<CannedReply> findByWorkspaceIdAndShortcut(UUID workspaceId, String shortcut);

    List<CannedReply> findByWorkspaceIdOrderByShortcutAsc(UUID workspaceId);
}
