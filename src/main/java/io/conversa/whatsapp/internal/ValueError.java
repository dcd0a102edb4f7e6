package io.conversa.whatsapp.internal;

/**
 * An error Meta reported at the level of a change's value ({@code value.errors[]}), e.g. an asynchronous 130429.
 *
 * @param code Meta's error code; null when absent or not a number
 * @param details {@code error_data.details}
 */
public record ValueError(Integer code, String title, String message, String details) {}
