package io.conversa.templates;

/**
 * A template variable's value: typed by hand ({@code value}) or bound to data ({@code bind}, one of
 * {@link Binding#key()}). Exactly one of the two.
 */
public record Argument(String value, String bind) {

    public static Argument of(String value) {
        return new Argument(value, null);
    }

    public static Argument bound(Binding binding) {
        return new Argument(null, binding.key());
    }
}
