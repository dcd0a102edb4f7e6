package io.conversa.receivables.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A person or business that owes the workspace money; its phone is kept as typed, as E.164 and as a match key. */
@Table("customer")
public record Customer(
        @Id UUID id,
        UUID workspaceId,
        String externalRef,
        String name,
        String email,
        String phone,
        String phoneE164,
        String phoneKey,
        String taxId,
        @MappedCollection(idColumn = "customer_id") Set<CustomerTag> tags,
        Instant createdAt,
        Instant updatedAt,
        @Version Integer version) {}
