package io.conversa.settings.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A WhatsApp business number of a workspace; secrets are stored sealed by the SecretBox. */
@Table("channel")
public record Channel(
        @Id UUID id,
        UUID workspaceId,
        String phoneNumberId,
        String businessAccountId,
        String displayPhoneNumber,
        String accessTokenSealed,
        String appSecretSealed,
        String verifyTokenSealed,
        int messagesPerSecond,
        Instant createdAt,
        Instant updatedAt,
        @Version Integer version) {}
