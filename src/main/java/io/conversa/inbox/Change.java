package io.conversa.inbox;

/**
 * A field of a partial update that is present: set it to {@code value}, or clear it when the value is null. A
 * field that should stay as it is is a null {@code Change}.
 */
public record Change<T>(T value) {

    public static <T> Change<T> to(T value) {
        return new Change<>(value);
    }

    public static <T> Change<T> clear() {
        return new Change<>(null);
    }
}
