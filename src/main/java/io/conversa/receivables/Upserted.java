package io.conversa.receivables;

/** The result of an upsert keyed by external reference: the stored record and whether it was new. */
public record Upserted<T>(T value, boolean created) {}
