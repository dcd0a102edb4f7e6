package io.conversa.receivables;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A payment as the host platform sends it. When it names invoices, its amount is applied to them oldest due date
 * first, each up to its balance; sending the same payment again changes nothing.
 */
public record PaymentInput(
        @NotBlank @Size(max = 100) String externalRef,
        UUID customerId,
        @Size(max = 100) String customerExternalRef,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> invoiceExternalRefs,

        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 4)
        BigDecimal amount,

        @Pattern(regexp = "[A-Za-z]{3}") String currency,
        @NotNull LocalDate paidAt,
        @Size(max = 50) String method,
        @Size(max = 200) String reference) {}
