package io.conversa.templates;

import java.util.List;

/**
 * The variables a template takes: its body's ({@code "1"}, {@code "2"}, … or the names of a named template), how
 * many its header takes, and the indexes of the buttons that take a parameter (URL suffix, quick-reply payload).
 */
public record TemplateVariables(List<String> body, boolean named, int header, List<Integer> buttons) {}
