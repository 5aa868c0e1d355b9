package io.devzone.gateway.planning;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import graphql.normalized.ExecutableNormalizedField;

/**
 * The subgraph requests one normalized operation costs: as a tree ({@link #root()}, which request waits for which)
 * and, for each field of the operation, how it is obtained ({@link #step}, what the gateway's data fetcher follows).
 */
public final class QueryPlan {

    private final Map<ExecutableNormalizedField, FieldStep> steps = new IdentityHashMap<>();
    private final List<RootFetch> rootFetches = new ArrayList<>();
    private final List<EntityFetch> entityFetches = new ArrayList<>();
    private PlanNode root;

    public FieldStep step(ExecutableNormalizedField field) {
        FieldStep step = steps.get(field);
        return step == null ? FieldStep.CARRIED : step;
    }

    public PlanNode root() {
        return root;
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

    void root(PlanNode node) {
        root = node;
    }

    /** The plan's tree as text: for logs and tests. */
    @Override
    public String toString() {
        return root.print();
    }
}
