package io.conversa.templates.spi;

import io.conversa.core.WorkspaceId;
import java.util.Map;
import java.util.UUID;

/**
 * Extra data a template variable can be bound to, contributed by another module (the payment link, from payments).
 * Keys are binding names such as {@code payment.link}; values are the text to put in the template.
 */
public interface VariableSource {

    Map<String, String> values(WorkspaceId workspace, UUID customerId);
}
