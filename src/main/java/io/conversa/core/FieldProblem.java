package io.conversa.core;

import java.util.List;

/**
 * What is wrong with one input field. {@code messageKey} is resolved in the user's language; when it is null,
 * {@code message} is already in words (as Bean Validation gives it).
 */
public record FieldProblem(String field, String messageKey, String message, List<Object> arguments) {

    public FieldProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static FieldProblem resolved(String field, String message) {
        return new FieldProblem(field, null, message, List.of());
    }
}
