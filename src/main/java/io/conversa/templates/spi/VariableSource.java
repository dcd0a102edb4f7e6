package io.conversa.templates.spi;

import io.conversa.core.WorkspaceId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Extra data a template variable can be bound to, contributed by another module (the payment link, from payments).
 * A source is asked for a value only while rendering a template that binds one of its keys, once per rendering; a
 * bulk send renders once per recipient, so a value must be cheap to find (one indexed query) and never made as a side
 * effect (a source reads, it does not create).
 */
public interface VariableSource {

    /** The binding keys this source fills, such as {@code payment.link}. */
    Set<String> keys();

    /** The text to put in the template for one of {@link #keys()}; empty when the customer has no such data. */
    Optional<String> value(WorkspaceId workspace, UUID customerId, String key);
}
