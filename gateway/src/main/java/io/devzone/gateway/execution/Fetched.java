package io.devzone.gateway.execution;

import java.util.List;
import java.util.Map;

/**
 * An object as a subgraph returned it, tagged with that subgraph: its fields are read from {@code data} when the
 * same subgraph resolves them, and fetched from another subgraph otherwise.
 */
public record Fetched(String subgraph, Map<String, Object> data) {

    /** The value a subgraph returned under {@code resultKey}, objects in it tagged with the same subgraph. */
    public Object child(String resultKey) {
        return wrap(subgraph, data.get(resultKey));
    }

    @SuppressWarnings("unchecked")
    static Object wrap(String subgraph, Object value) {
        if (value instanceof Map<?, ?> object) {
            return new Fetched(subgraph, (Map<String, Object>) object);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(element -> wrap(subgraph, element)).toList();
        }
        return value;
    }
}
