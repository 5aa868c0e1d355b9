package io.devzone.commons.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/**
 * What the query asks of the field being resolved. An {@code _entities} resolver reads it to fill the fields its
 * subgraph contributes for the whole batch at once, in one query each: resolved per entity instead, the framework's
 * per-field work costs more than the queries.
 */
public final class Selections {

    private Selections() {
    }

    /** Whether the selection of the field being resolved asks for {@code field} directly. */
    public static boolean asks(Context context, String field) {
        return context.unwrap(DataFetchingEnvironment.class).getSelectionSet().getImmediateFields().stream()
                .anyMatch(selected -> selected.getName().equals(field));
    }
}
