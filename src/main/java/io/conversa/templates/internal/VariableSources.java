package io.conversa.templates.internal;

import io.conversa.core.WorkspaceId;
import io.conversa.templates.spi.VariableSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The other modules' bindable data for one rendering: only the keys the template's arguments bind are asked for, so a
 * template that binds none of them costs no lookup at all.
 */
final class VariableSources {

    private VariableSources() {}

    static Map<String, String> values(
            List<VariableSource> sources, WorkspaceId workspace, UUID customerId, Set<String> boundKeys) {
        Map<String, String> values = new HashMap<>();
        if (boundKeys.isEmpty()) {
            return values;
        }
        for (VariableSource source : sources) {
            for (String key : source.keys()) {
                if (boundKeys.contains(key) && !values.containsKey(key)) {
                    source.value(workspace, customerId, key).ifPresent(value -> values.put(key, value));
                }
            }
        }
        return values;
    }
}
