package io.devzone.gateway.execution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * An object as a subgraph returned it, tagged with that subgraph: its fields are read from {@code data} when the
 * same subgraph resolves them, and fetched from another subgraph otherwise.
 */
public record Fetched(String subgraph, Map<String, Object> data) {

    /** The value a subgraph returned under {@code resultKey}, objects in it tagged with the same subgraph. */
    public Object child(String resultKey) {
        return wrap(subgraph, data.get(resultKey));
    }

    /**
     * Two subgraphs' values of one field as one: objects field by field, lists of one length element by element;
     * where one has no value, the other's.
     */
    @SuppressWarnings("unchecked")
    static Object merge(Object value, Object more) {
        if (value == null || more == null) {
            return value == null ? more : value;
        }
        if (value instanceof Fetched object && more instanceof Fetched other) {
            return new Fetched(object.subgraph(), merged(object.data(), other.data()));
        }
        if (value instanceof Map<?, ?> object && more instanceof Map<?, ?> other) {
            return merged((Map<String, Object>) object, (Map<String, Object>) other);
        }
        if (value instanceof List<?> list && more instanceof List<?> other && list.size() == other.size()) {
            return IntStream.range(0, list.size()).mapToObj(i -> merge(list.get(i), other.get(i))).toList();
        }
        return value;
    }

    private static Map<String, Object> merged(Map<String, Object> object, Map<String, Object> other) {
        Map<String, Object> merged = new LinkedHashMap<>(object);
        other.forEach((key, value) -> merged.put(key, merge(merged.get(key), value)));
        return merged;
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
