package io.devzone.commons.graphql;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/**
 * A batch of entities another subgraph owns (an {@code _entities} request, or the references of a page), to which
 * this subgraph adds fields: each field the query asks for is read once for the whole batch, in one query, and
 * handed to every entity. Resolved per entity instead, the framework's per-field work costs more than the queries.
 */
public final class EntityBatch {

    private final Context context;
    private final List<UUID> ids;
    private final List<UUID> known;

    private EntityBatch(Context context, List<UUID> ids) {
        this.context = context;
        this.ids = ids;
        this.known = ids.stream().filter(Objects::nonNull).distinct().toList();
    }

    /** The entities with these ids (null where an id is none), for the field being resolved. */
    public static EntityBatch of(Context context, List<UUID> ids) {
        return new EntityBatch(context, ids);
    }

    /**
     * What {@code readAll} answers for the batch's distinct ids when the query asks for {@code field}; no entry at all
     * (and no query) when it does not.
     */
    public <R> Map<UUID, R> read(String field, Function<List<UUID>, Map<UUID, R>> readAll) {
        return asks(field) ? readAll.apply(known) : Map.of();
    }

    /** An entity for each id, in order, made by {@code entity}; null where the id is null. */
    public <T> List<T> each(Function<UUID, T> entity) {
        return ids.stream().map(id -> id == null ? null : entity.apply(id)).toList();
    }

    private boolean asks(String field) {
        return context.unwrap(DataFetchingEnvironment.class).getSelectionSet().getImmediateFields().stream()
                .anyMatch(selected -> selected.getName().equals(field));
    }
}
