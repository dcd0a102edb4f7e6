package io.conversa.receivables;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An invoice as the host platform sends it, linked to its customer by {@code customerId} or {@code
 * customerExternalRef}. {@code balance} defaults to the amount (or zero when paid); {@code status} to open.
 */
public record InvoiceInput(
        @NotBlank @Size(max = 100) String externalRef,
        UUID customerId,
        @Size(max = 100) String customerExternalRef,
        @NotBlank @Size(max = 100) String number,
        @NotNull LocalDate issueDate,
        @NotNull LocalDate dueDate,

        @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4)
        BigDecimal amount,

        @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal balance,
        @Pattern(regexp = "[A-Za-z]{3}") String currency,
        @Pattern(regexp = "(?i)open|paid|void") String status) {}
