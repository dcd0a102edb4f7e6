package io.conversa.campaigns.web;

import io.conversa.core.DomainException;
import io.conversa.core.MessageResolver;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A refused action's reason in the reader's language, for a page (field problems without the field's name). */
@Component
class ProblemWords {

    private final MessageResolver resolver;

    ProblemWords(MessageSource messages) {
        this.resolver = (key, arguments, fallback) ->
                messages.getMessage(key, arguments, fallback, LocaleContextHolder.getLocale());
    }

    String describe(DomainException problem) {
        return problem.fieldProblems().isEmpty()
                ? resolver.describe(problem)
                : problem.fieldProblems().stream().map(resolver::describe).collect(Collectors.joining("; "));
    }
}
