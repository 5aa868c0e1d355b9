package io.devzone.commons.graphql;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.devzone.commons.history.ChangeView;
import io.devzone.commons.record.RecordService;
import io.devzone.commons.record.RecordView;

/**
 * What an aggregate's {@code <Aggregate>GraphQL} does the same way as every other: the delete mutation that answers
 * the id, the {@code _entities} batch, {@code history}, and the batched {@code @Source} fields (one call for the
 * whole list of parents, the answers in the parents' order). The operations themselves stay declared in each class:
 * SmallRye GraphQL names an operation after its method, so a generic one could not be one aggregate's.
 */
public final class RecordFields {

    private RecordFields() {
    }

    /** A delete mutation: deletes the record the {@code id} argument names and answers its id. */
    public static UUID delete(RecordService<?, ?, ?, ?> service, String id) {
        UUID deleted = Ids.parse(id, "id");
        service.delete(deleted);
        return deleted;
    }

    /** {@code _entities}: the records of all representations of one request, in one query (null where none). */
    public static <V extends RecordView> List<V> byIds(RecordService<?, V, ?, ?> service, List<String> ids) {
        return service.getAll(Ids.parseEach(ids));
    }

    /** {@code history} of a list of records already read, in one query. */
    public static List<List<ChangeView>> histories(RecordService<?, ?, ?, ?> service,
            List<? extends RecordView> records) {
        return service.histories(ids(records));
    }

    /** The ids of records already read, in their order: what a batched {@code @Source} field asks its service for. */
    public static List<UUID> ids(List<? extends RecordView> records) {
        return records.stream().map(RecordView::id).toList();
    }

    /**
     * A reference field: the record each parent refers to, through {@code getAll} (views in the order asked, null
     * where the parent refers to none).
     */
    public static <P, R> List<R> referenced(List<P> parents, Function<P, UUID> reference,
            Function<List<UUID>, List<R>> getAll) {
        return getAll.apply(parents.stream().map(reference).toList());
    }

    /**
     * A field read for many parents at once by key ({@code byKey} answers the distinct keys in one query): each
     * parent's entry, or {@code none} where the answer has none for it.
     */
    public static <P, R> List<R> perParent(List<P> parents, Function<P, UUID> key,
            Function<List<UUID>, Map<UUID, R>> byKey, R none) {
        Map<UUID, R> found = byKey.apply(parents.stream().map(key).distinct().toList());
        return parents.stream().map(parent -> found.getOrDefault(key.apply(parent), none)).toList();
    }
}
