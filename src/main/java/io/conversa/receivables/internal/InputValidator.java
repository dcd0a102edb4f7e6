package io.conversa.receivables.internal;

import io.conversa.core.DomainException;
import io.conversa.core.FieldProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Bean Validation for inputs that arrive by REST and by CSV alike, so both get the same field errors. */
@Component
public class InputValidator {

    private final Validator validator;

    InputValidator(Validator validator) {
        this.validator = validator;
    }

    public void validate(Object input) {
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            List<FieldProblem> problems = violations.stream()
                    .map(v -> FieldProblem.resolved(fieldName(v), v.getMessage()))
                    .sorted(Comparator.comparing(FieldProblem::field))
                    .toList();
            throw DomainException.invalid(problems);
        }
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int bracket = path.indexOf('[');
        return bracket > 0 ? path.substring(0, bracket) : path;
    }
}
