package io.conversa.core;

import java.util.List;

/**
 * A request the domain refuses, with a message key for the user's language and an English fallback. The web layer
 * turns {@link Kind} into an HTTP status (problem details for the API, a message next to the field on pages).
 */
public class DomainException extends RuntimeException {

    public enum Kind {
        INVALID,
        NOT_FOUND,
        CONFLICT,
        UNPROCESSABLE
    }

    private final Kind kind;
    private final String messageKey;
    private final transient List<Object> arguments;
    private final List<FieldProblem> fieldProblems;

    public DomainException(Kind kind, String messageKey, String fallback, List<?> arguments) {
        this(kind, messageKey, fallback, arguments, List.of());
    }

    public DomainException(
            Kind kind, String messageKey, String fallback, List<?> arguments, List<FieldProblem> fieldProblems) {
        super(fallback);
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = List.copyOf(arguments);
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(Kind.NOT_FOUND, "error.notFound", what + " " + id + " not found", List.of(what, id));
    }

    public static DomainException conflict(String messageKey, String fallback, Object... arguments) {
        return new DomainException(Kind.CONFLICT, messageKey, fallback, List.of(arguments));
    }

    public static DomainException invalid(List<FieldProblem> problems) {
        return new DomainException(
                Kind.INVALID, "error.invalid", "The request has invalid fields", List.of(), problems);
    }

    public static DomainException invalid(String field, String messageKey, String fallback, Object... arguments) {
        return invalid(List.of(new FieldProblem(field, messageKey, fallback, List.of(arguments))));
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
