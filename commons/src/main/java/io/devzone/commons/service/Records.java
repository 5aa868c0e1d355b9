package io.devzone.commons.service;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import io.devzone.commons.audit.AuditedEntity;
import io.devzone.commons.error.RecordNotFoundException;
import io.devzone.commons.history.ChangeHistory;
import io.devzone.commons.history.ChangeView;
import io.devzone.commons.query.Criteria;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.commons.security.AccessGuard;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

/**
 * What every aggregate's service does the same way: one record by id ({@code NOT_FOUND} when none), also at the
 * version the caller read (to change or delete it), its view, the views of many in the order asked (for
 * {@code _entities}), a filtered, sorted page, and its change history.
 * A service holds one per record type and keeps its own {@code @ReadAccess}/{@code @WriteAccess}/{@code @Transactional}
 * public methods, which delegate here: the access rules stay where they are.
 *
 * @param <E> the entity
 * @param <V> what REST and GraphQL show of it
 */
public final class Records<E extends AuditedEntity, V> {

    private final PanacheRepositoryBase<E, UUID> repository;
    private final String type;
    private final Function<E, V> view;
    private final AccessGuard guard;
    private final ChangeHistory history;

    private Records(PanacheRepositoryBase<E, UUID> repository, String type, Function<E, V> view, AccessGuard guard,
            ChangeHistory history) {
        this.repository = Objects.requireNonNull(repository);
        this.type = Objects.requireNonNull(type);
        this.view = Objects.requireNonNull(view);
        this.guard = guard;
        this.history = history;
    }

    /** Records of a type that keeps no change history. */
    public static <E extends AuditedEntity, V> Records<E, V> of(PanacheRepositoryBase<E, UUID> repository,
            String type, Function<E, V> view) {
        return new Records<>(repository, type, view, null, null);
    }

    /** Records of a type whose changes {@code history} keeps, readable as {@code guard} allows. */
    public static <E extends AuditedEntity, V> Records<E, V> of(PanacheRepositoryBase<E, UUID> repository,
            String type, Function<E, V> view, AccessGuard guard, ChangeHistory history) {
        return new Records<>(repository, type, view, Objects.requireNonNull(guard), Objects.requireNonNull(history));
    }

    /** The record with this id; {@code NOT_FOUND} when there is none. */
    public E find(UUID id) {
        return repository.findByIdOptional(id).orElseThrow(() -> new RecordNotFoundException(type, id));
    }

    /**
     * The record with this id as the caller read it, to change it: {@code NOT_FOUND} when there is none,
     * {@code VALIDATION_FAILED} when no version is sent and {@code CONFLICT} when it is stale
     * ({@link AuditedEntity#checkVersion}).
     */
    public E findAtVersion(UUID id, Integer version) {
        E entity = find(id);
        entity.checkVersion(version);
        return entity;
    }

    /** Deletes the record with this id; {@code NOT_FOUND} when there is none. */
    public void delete(UUID id) {
        repository.delete(find(id));
    }

    /** The view of the record with this id; {@code NOT_FOUND} when there is none. */
    public V view(UUID id) {
        return view.apply(find(id));
    }

    /** The views of the records with these ids in one query, in the order asked, null where none. */
    public List<V> viewAll(List<UUID> ids) {
        return AuditedEntity.findInOrder(repository, ids, view);
    }

    /** One page of the records the criteria select, in the order asked or {@code defaultSort}. */
    public Page<V> page(Criteria criteria, PageRequest page, Map<String, String> sortable, String defaultSort) {
        return page(criteria.query(), criteria.parameters(), page, sortable, defaultSort);
    }

    /** One page of the records a where-clause selects, in the order asked or {@code defaultSort}. */
    public Page<V> page(String query, Parameters parameters, PageRequest page, Map<String, String> sortable,
            String defaultSort) {
        return Page.of(repository.find(query, page.toSort(sortable, defaultSort), parameters), page, view);
    }

    /**
     * Who changed what of the record, oldest first: for the owning department and leaders only, and
     * {@code NOT_FOUND} when there is no such record.
     */
    public List<ChangeView> history(UUID id) {
        if (history == null) {
            throw new IllegalStateException(type + " keeps no change history");
        }
        guard.checkOwnDepartmentOrLeader();
        find(id);
        return history.of(type, id);
    }
}
