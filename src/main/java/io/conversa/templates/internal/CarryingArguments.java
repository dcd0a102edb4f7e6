package io.conversa.templates.internal;

import io.conversa.templates.Argument;
import io.conversa.templates.Binding;
import io.conversa.templates.TemplateArguments;
import io.conversa.templates.internal.TemplateStructure.Button;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fills a whole template, with no typing, so that it carries one given value (the payment link being sent): each body
 * variable whose wording suggests the value's binding ("paga en este link: {{3}}") and each dynamic URL button whose
 * address the value completes ({@code https://…/pay/{{1}}}) take the value itself; the other body variables take the
 * customer data their wording suggests; quick replies keep their own text. Nothing when the template has no place for
 * the value, a header value, a body variable nothing suggests, or a URL button that leads elsewhere.
 */
public final class CarryingArguments {

    private CarryingArguments() {}

    public static Optional<TemplateArguments> of(
            TemplateStructure structure,
            List<String> variables,
            Map<String, Binding> suggested,
            Binding binding,
            String value) {
        if (structure.headerParameterCount() > 0) {
            return Optional.empty();
        }
        boolean carried = false;
        Map<String, Argument> body = new LinkedHashMap<>();
        for (String variable : variables) {
            Binding wanted = suggested.get(variable);
            if (wanted == null) {
                return Optional.empty();
            }
            carried |= wanted == binding;
            body.put(variable, wanted == binding ? Argument.of(value) : Argument.bound(wanted));
        }
        Map<Integer, Argument> buttons = new LinkedHashMap<>();
        for (Button button : structure.parameterButtons()) {
            if (button.dynamicUrl()) {
                if (!completes(button.urlPrefix(), value)) {
                    return Optional.empty();
                }
                buttons.put(button.index(), Argument.of(value));
                carried = true;
            }
        }
        if (!carried) {
            return Optional.empty();
        }
        return Optional.of(
                structure.named()
                        ? new TemplateArguments(null, body, null, buttons)
                        : new TemplateArguments(List.copyOf(body.values()), null, null, buttons));
    }

    /** Whether the button's address followed by a suffix makes the value (the binder then sends the suffix). */
    private static boolean completes(String prefix, String value) {
        return !prefix.isEmpty() && value.startsWith(prefix) && value.length() > prefix.length();
    }
}
