package io.devzone.gateway.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;

/**
 * The subgraph requests one normalized operation costs: as a tree ({@link #root()}, which request waits for which)
 * and, for each field of the operation, how it is obtained ({@link #step}, what the gateway's data fetcher follows).
 */
public final class QueryPlan {

    private final Map<ExecutableNormalizedField, FieldStep> steps = new IdentityHashMap<>();
    private final Map<String, ExecutableNormalizedField> fields = new HashMap<>();
    private final List<RootFetch> rootFetches = new ArrayList<>();
    private final List<EntityFetch> entityFetches = new ArrayList<>();
    private PlanNode root;

    public FieldStep step(ExecutableNormalizedField field) {
        FieldStep step = steps.get(field);
        return step == null ? FieldStep.CARRIED : step;
    }

    /**
     * The field of the planned operation at a response path (result keys only) on an object type. graphql-java's
     * own lookup may answer a field its normalizer merged into another ({@code ... on A { x } ... on B { x }}
     * become one {@code x}), which the plan does not know.
     */
    public ExecutableNormalizedField field(List<String> resultKeys, String objectType) {
        return fields.get(String.join("/", resultKeys) + "\u0000" + objectType);
    }

    void index(ExecutableNormalizedOperation operation) {
        operation.getTopLevelFields().forEach(top -> {
            index(top);
            top.traverseSubTree(this::index);
        });
    }

    private void index(ExecutableNormalizedField field) {
        String path = String.join("/", field.getListOfResultKeys());
        field.getObjectTypeNames().forEach(type -> fields.put(path + "\u0000" + type, field));
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

    /**
     * One more way to obtain the field: its value then merges what each gives. {@code base} stands for how it is
     * obtained when nothing was put yet (null: the field has no step before this one).
     */
    void join(ExecutableNormalizedField field, FieldStep step, FieldStep base) {
        FieldStep before = steps.getOrDefault(field, base);
        steps.put(field, before == null ? step : FieldStep.Merged.of(before, step));
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
