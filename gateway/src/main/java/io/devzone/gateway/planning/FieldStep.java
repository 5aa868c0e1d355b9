package io.devzone.gateway.planning;

/** How the gateway obtains one field of a client's operation. */
public sealed interface FieldStep {

    /** A root field: read from the response of the subgraph request that carries it. */
    record Root(RootFetch fetch) implements FieldStep {
    }

    /** A field the parent object's subgraph returned together with the parent. */
    record Carried() implements FieldStep {
    }

    /** A field another subgraph resolves through {@code _entities}, batched with every parent at its level. */
    record Entity(EntityFetch fetch) implements FieldStep {
    }

    /**
     * A field of an abstract type's members obtained differently per member: the step for the parent object's type
     * ({@link #CARRIED} for a type not listed).
     */
    record ByType(java.util.Map<String, FieldStep> steps) implements FieldStep {

        public FieldStep on(String type) {
            return steps.getOrDefault(type, CARRIED);
        }
    }

    /**
     * A field whose objects an {@code @interfaceObject}'s subgraph may return: that subgraph knows them by the
     * interface only, so their implementation is learnt as {@code concreteTypes} says, by the subgraph that returned
     * them, before their own fields run; the value itself is obtained by {@code step}.
     */
    record Typed(FieldStep step, java.util.Map<String, ConcreteType> concreteTypes) implements FieldStep {
    }

    /**
     * A field several subgraphs return parts of (a root field they share, or an object of a type without a key that
     * only an ancestor's entity fetch reaches): its value merges what each step gives, in order.
     */
    record Merged(java.util.List<FieldStep> steps) implements FieldStep {

        static Merged of(FieldStep before, FieldStep step) {
            java.util.List<FieldStep> steps = new java.util.ArrayList<>(
                    before instanceof Merged merged ? merged.steps() : java.util.List.of(before));
            steps.add(step);
            return new Merged(java.util.List.copyOf(steps));
        }
    }

    Carried CARRIED = new Carried();
}
