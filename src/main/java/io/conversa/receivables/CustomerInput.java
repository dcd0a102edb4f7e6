package io.conversa.receivables;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A customer as the host platform sends it (REST or a CSV row). A null field is left as it is on update; an empty
 * one clears it.
 */
public record CustomerInput(
        @NotBlank @Size(max = 100) String externalRef,
        @NotBlank @Size(max = 200) String name,
        @Email @Size(max = 320) String email,
        @Size(max = 50) String phone,
        @Size(max = 50) String taxId,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags) {}
