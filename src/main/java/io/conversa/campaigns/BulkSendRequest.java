package io.conversa.campaigns;

import io.conversa.inbox.TemplateRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * A bulk send to create: its name, the approved template (its {@code parameters} are every recipient's unless a
 * recipient brings its own; values or {@code {"bind":"customer.balance"}}), and either a list of recipients or an
 * audience over receivables data; {@code sendAt} schedules it (absent: now).
 */
public record BulkSendRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Valid TemplateRequest template,
        @Valid @Size(max = 100_000) List<BulkRecipientInput> recipients,
        @Valid Audience audience,
        Instant sendAt) {}
