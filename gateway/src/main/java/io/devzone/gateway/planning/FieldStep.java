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

    Carried CARRIED = new Carried();
}
