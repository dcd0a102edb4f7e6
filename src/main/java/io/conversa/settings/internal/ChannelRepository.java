package io.conversa.settings.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface ChannelRepository extends ListCrudRepository<Channel, UUID> {

    Optional<Channel> findByPhoneNumberId(String phoneNumberId);

    Optional<Channel> findByIdAndWorkspaceId(UUID id, UUID workspaceId);

    List<Channel> findByWorkspaceIdOrderByCreatedAtAsc(UUID workspaceId);
}
