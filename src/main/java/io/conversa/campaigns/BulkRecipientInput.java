package io.conversa.campaigns;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

/** One recipient given by hand (API or CSV): a phone in any format and, optionally, its own template parameters. */
public record BulkRecipientInput(@NotBlank @Size(max = 50) String phone, JsonNode parameters) {}
