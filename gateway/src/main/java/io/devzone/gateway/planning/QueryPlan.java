package io.devzone.gateway.planning;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import graphql.normalized.ExecutableNormalizedField;

/** For each field of one normalized operation, how it is fetched; what the gateway's data fetcher follows. */
public final class QueryPlan {

    private final Map<ExecutableNormalizedField, FieldStep> steps = new IdentityHashMap<>();
    private final List<RootFetch> rootFetches = new ArrayList<>();
    private final List<EntityFetch> entityFetches = new ArrayList<>();

    public FieldStep step(ExecutableNormalizedField field) {
        FieldStep step = steps.get(field);
        return step == null ? FieldStep.CARRIED : step;
    }

    public List<RootFetch> rootFetches() {
        return rootFetches;
    }

    public List<EntityFetch> entityFetches() {
        return entityFetches;
    }

    void put(ExecutableNormalizedField field, FieldStep step) {
        steps.put(field, step);
    }

    void add(RootFetch fetch) {
        rootFetches.add(fetch);
    }

    void add(EntityFetch fetch) {
        entityFetches.add(fetch);
    }

    /** The plan as text, one fetch per line: for logs and tests. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        rootFetches.forEach(f -> text.append(f.subgraph()).append(": ").append(f.operation()).append('\n'));
        entityFetches.forEach(f -> text.append(f.subgraph()).append(": ").append(f.selection()).append('\n'));
        return text.toString();
    }
}
