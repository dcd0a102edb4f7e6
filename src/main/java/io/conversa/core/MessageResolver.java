package io.conversa.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Puts a message key into words in the reader's language (the web layer passes Spring's {@code MessageSource}
 * bound to the request locale), and describes domain problems with it.
 */
@FunctionalInterface
public interface MessageResolver {

    String resolve(String key, Object[] arguments, String fallback);

    default String describe(FieldProblem problem) {
        return problem.messageKey() == null
                ? problem.message()
                : resolve(problem.messageKey(), problem.arguments().toArray(), problem.message());
    }

    /** The problem in one line: the field problems when there are any ("phone: …; email: …"), else its message. */
    default String describe(DomainException problem) {
        List<FieldProblem> fields = problem.fieldProblems();
        if (fields.isEmpty()) {
            return resolve(problem.messageKey(), problem.arguments(), problem.getMessage());
        }
        return fields.stream().map(f -> f.field() + ": " + describe(f)).collect(Collectors.joining("; "));
    }
}
