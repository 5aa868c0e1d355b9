package io.devzone.commons.service;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

import io.devzone.commons.audit.AuditedEntity;
import io.devzone.commons.error.ConflictException;
import io.devzone.commons.error.Flush;
import io.devzone.commons.error.RecordNotFoundException;
import io.devzone.commons.history.ChangeHistory;
import io.devzone.commons.history.ChangeView;
import io.devzone.commons.personaldata.PersonalView;
import io.devzone.commons.query.Criteria;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.commons.security.AccessGuard;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
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
    private final Class<E> entityType;
    private final String type;
    private final PersonalView<E, V> view;
    private final boolean personal;
    private final boolean keepsHistory;
    private AccessGuard guard;
    private ChangeHistory history;
    private final List<Tracked<E>> tracked = new ArrayList<>();
    private Map<String, String> sortable = Map.of();
    private String defaultSort;
    private Function<E, ?> name;
    private Parent<E> parent;
    private final List<Users<E>> users = new ArrayList<>();
    private final List<Owned> owned = new ArrayList<>();
    private final List<Unique<E>> unique = new ArrayList<>();

    private Records(PanacheRepositoryBase<E, UUID> repository, PersonalView<E, V> view, boolean personal,
            boolean keepsHistory) {
        this.repository = Objects.requireNonNull(repository);
        this.entityType = entityTypeOf(repository.getClass());
        this.type = entityType.getSimpleName();
        this.view = Objects.requireNonNull(view);
        this.personal = personal;
        this.keepsHistory = keepsHistory;
    }

    /** The entity a repository keeps: its {@code PanacheRepositoryBase<E, UUID>}, found above CDI's proxy. */
    @SuppressWarnings("unchecked")
    private static <E> Class<E> entityTypeOf(Class<?> repository) {
        for (Class<?> c = repository; c != null; c = c.getSuperclass()) {
            for (Type implemented : c.getGenericInterfaces()) {
                if (implemented instanceof ParameterizedType p && p.getRawType() == PanacheRepositoryBase.class) {
                    return (Class<E>) p.getActualTypeArguments()[0];
                }
            }
        }
        throw new IllegalArgumentException(repository + " does not implement PanacheRepositoryBase<E, UUID>");
    }

    /** Records of a type, named as its entity class (e.g. {@code LandParcel}), that keeps no change history. */
    public static <E extends AuditedEntity, V> Records<E, V> of(PanacheRepositoryBase<E, UUID> repository,
            Function<E, V> view) {
        Objects.requireNonNull(view);
        return new Records<>(repository, (record, readable) -> view.apply(record), false, false);
    }

    /** Records of a type whose changes are kept, readable by the owning department and leaders. */
    public static <E extends AuditedEntity, V> Records<E, V> withHistory(PanacheRepositoryBase<E, UUID> repository,
            Function<E, V> view) {
        Objects.requireNonNull(view);
        return new Records<>(repository, (record, readable) -> view.apply(record), false, true);
    }

    /**
     * Records of a type whose changes are kept and whose personal fields only the owning department and leaders
     * read: the view is asked with {@code readable} as the caller's roles allow, on every view of a record.
     */
    public static <E extends AuditedEntity, V> Records<E, V> withPersonalData(
            PanacheRepositoryBase<E, UUID> repository, PersonalView<E, V> view) {
        return new Records<>(repository, view, true, true);
    }

    /**
     * Where the changes are kept and who reads them: the service's beans, handed over by {@code RecordService} once
     * it is built, before any use case runs.
     */
    public void keptBy(ChangeHistory history, AccessGuard guard) {
        this.history = Objects.requireNonNull(history);
        this.guard = Objects.requireNonNull(guard);
    }

    /**
     * Keeps the history of a field: its first value when a record is created, and every change after, compared by
     * value. Called while the service is built; {@code value} must give an immutable value (or a copy).
     */
    public Records<E, V> tracking(String field, Function<E, ?> value) {
        return track(new Tracked<>(field, value, true));
    }

    /**
     * Keeps the history of a field's changes only, not its first value: for a pipeline's state whose first place is
     * kept by the aggregate's own dated transitions. Called while the service is built.
     */
    public Records<E, V> trackingChanges(String field, Function<E, ?> value) {
        return track(new Tracked<>(field, value, false));
    }

    private Records<E, V> track(Tracked<E> field) {
        if (!keepsHistory) {
            throw new IllegalStateException(type + " keeps no change history");
        }
        tracked.add(field);
        return this;
    }

    /**
     * The order when the caller names none (e.g. {@code "-raisedOn"}, {@code "year,indicator"}) and the other fields a
     * list may be sorted by, each its own entity path; the default's fields and {@code createdAt} (every record's) are
     * sortable without naming them again. Called while the service is built.
     */
    public Records<E, V> sortable(String byDefault, String... fields) {
        Map<String, String> paths = new HashMap<>();
        for (String field : fields) {
            paths.put(field, field);
        }
        return sortable(byDefault, paths);
    }

    /** As {@link #sortable(String, String...)}, for fields whose entity path differs from their name. */
    public Records<E, V> sortable(String byDefault, Map<String, String> paths) {
        Map<String, String> all = new HashMap<>(paths);
        all.put("createdAt", "createdAt");
        for (String field : byDefault.split(",")) {
            String name = field.strip().replaceFirst("^-", "");
            all.putIfAbsent(name, name);
        }
        this.sortable = Map.copyOf(all);
        this.defaultSort = Objects.requireNonNull(byDefault);
        return this;
    }

    /**
     * The field that names a record to its users, unique (a code, a name): a {@code CONFLICT} on create names the
     * record by it, e.g. {@code LandParcel 'JB-2011-001'}. Called while the service is built.
     */
    public Records<E, V> namedBy(Function<E, ?> name) {
        this.name = Objects.requireNonNull(name);
        return this;
    }

    /** How {@link #namedUniquely} compares a record's name with the names others hold. */
    public enum NameMatching {
        EXACTLY, IGNORING_CASE
    }

    /**
     * {@link #namedBy} a field no two records hold, as {@link #unique} with the refusal every aggregate words alike:
     * {@code thing} is the record in the aggregate's words with its article ({@code "a land parcel"}), {@code field}
     * the entity's field, e.g. "A land parcel with code 'JB-2011-001' already exists." ({@code "name"} reads
     * "named 'X'"). Called while the service is built.
     */
    public Records<E, V> namedUniquely(String thing, String field, Function<E, String> name, NameMatching matching) {
        String where = matching == NameMatching.IGNORING_CASE ? "lower(" + field + ") = lower(?1)" : field + " = ?1";
        String called = field.equals("name") ? " named '"
                : " with " + String.join(" ", field.split("(?=\\p{Upper})")).toLowerCase(Locale.ROOT) + " '";
        String held = Character.toUpperCase(thing.charAt(0)) + thing.substring(1) + called;
        return namedBy(name).unique(where, e -> held + name.apply(e) + "' already exists.", name);
    }

    /**
     * The field holding the id of the record this one belongs to (a project's capital arrivals), as the query names
     * it ({@code parentField}) and read from an entity ({@code parent}), and the order of one parent's records (e.g.
     * {@code "arrivedOn, id"}): what {@link #viewsOfEach} and {@link #viewsByParent} read by.
     * Called while the service is built.
     */
    public Records<E, V> childOf(String parentField, Function<E, UUID> parent, String order) {
        this.parent = new Parent<>(Objects.requireNonNull(parentField), Objects.requireNonNull(parent),
                Objects.requireNonNull(order));
        return this;
    }

    /**
     * A record is in use, and refused deletion ({@code CONFLICT} with {@code refusal}), while a record of
     * {@code others} names it in its {@code field} (e.g. a resettlement area's plots, by {@code "areaId"}); checked
     * in the order declared. Called while the service is built.
     */
    public Records<E, V> inUseBy(PanacheRepositoryBase<?, UUID> others, String field, Function<E, String> refusal) {
        users.add(new Users<>(Objects.requireNonNull(others), Objects.requireNonNull(field),
                Objects.requireNonNull(refusal)));
        return this;
    }

    /**
     * The rows of {@code rows} whose {@code field} names a record are its own: deleted with it (a meeting's problems,
     * by {@code "schedulingMeetingId"}). Called while the service is built.
     */
    public Records<E, V> owning(PanacheRepositoryBase<?, UUID> rows, String field) {
        owned.add(new Owned(Objects.requireNonNull(rows), Objects.requireNonNull(field)));
        return this;
    }

    /**
     * A name or code no two records hold: the where-clause selecting it ({@code ?1}, {@code ?2}… the record's
     * {@code values} as applied, e.g. {@code "lower(name) = lower(?1)"}); a record written while {@link #another}
     * holds it is refused ({@code CONFLICT} with {@code refusal}, in the aggregate's words), checked in the order
     * declared. Called while the service is built.
     */
    @SafeVarargs
    public final Records<E, V> unique(String where, Function<E, String> refusal, Function<E, ?>... values) {
        unique.add(new Unique<>(Objects.requireNonNull(where), Objects.requireNonNull(refusal), List.of(values)));
        return this;
    }

    /**
     * {@code CONFLICT} while another record holds a name or code this one does ({@link #unique}). Asked without
     * flushing the record's own changes first: written, they would be the duplicate the check is for.
     */
    public void checkUnique(E entity) {
        for (Unique<E> held : unique) {
            Object[] values = held.values().stream().map(value -> value.apply(entity)).toArray();
            if (others(entity, held.where(), values)
                    .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT).firstResultOptional().isPresent()) {
                throw new ConflictException(held.refusal().apply(entity));
            }
        }
    }

    /** {@code CONFLICT} while a record of another type names this one ({@link #inUseBy}). */
    public void checkUnused(E entity) {
        for (Users<E> user : users) {
            if (user.others().count(user.field(), entity.id) > 0) {
                throw new ConflictException(user.refusal().apply(entity));
            }
        }
    }

    /** How a {@code CONFLICT} names a record: its type, and the name {@link #namedBy} gives where there is one. */
    public String describe(E entity) {
        return name == null ? type : type + " '" + name.apply(entity) + "'";
    }

    /** A new, empty record of the type: its entity's own no-argument constructor, as JPA requires one. */
    public E blank() {
        try {
            return entityType.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " has no no-argument constructor", e);
        }
    }

    /** The record type's name, as history and errors name it (e.g. {@code LandParcel}). */
    public String type() {
        return type;
    }

    /** The view of a record at hand, its personal fields as the caller may read them ({@link #withPersonalData}). */
    public V viewOf(E entity) {
        return view.of(entity, personal && guard.isOwnDepartmentOrLeader());
    }

    /**
     * Persists a new record (a {@code CONFLICT} names it as {@link #describe} does, or its {@link #unique} refusal),
     * flushes it and records its tracked fields' first values.
     */
    public E create(E entity) {
        return create(entity, describe(entity));
    }

    /**
     * As {@link #create(AuditedEntity)}, naming the record in a {@code CONFLICT} ({@code what}, e.g.
     * {@code LandParcel 'JB-2011-001'}), as a duplicate of a unique name or code should be told.
     */
    public E create(E entity, String what) {
        checkUnique(entity);
        repository.persist(entity);
        Flush.now(what);
        recordChanges(entity, Map.of());
        return entity;
    }

    /**
     * Changes the record the caller read at {@code version} ({@link #findAtVersion}) with {@code change} (refused
     * where it takes a name or code another record holds: {@link #unique}), flushes it and records every tracked
     * field that changed.
     */
    public E update(UUID id, Integer version, Consumer<E> change) {
        E entity = findAtVersion(id, version);
        Map<String, Object> before = snapshot(entity);
        change.accept(entity);
        checkUnique(entity);
        Flush.now(type + " " + id);
        recordChanges(entity, before);
        return entity;
    }

    /** The tracked fields' values now: for a change the service makes its own way, with {@link #recordChanges}. */
    public Map<String, Object> snapshot(E entity) {
        Map<String, Object> values = new HashMap<>();
        tracked.forEach(field -> values.put(field.name(), field.value().apply(entity)));
        return values;
    }

    /** Records each tracked field whose value differs from {@code before} (empty: a new record). */
    public void recordChanges(E entity, Map<String, Object> before) {
        tracked.stream().filter(field -> field.fromFirstValue() || before.containsKey(field.name()))
                .forEach(field -> history.record(type, entity.id, field.name(), before.get(field.name()),
                        field.value().apply(entity)));
    }

    /** The record the where-clause selects ({@code ?1}, {@code ?2}… its {@code parameters}), if any. */
    public Optional<E> first(String where, Object... parameters) {
        return repository.find(where, parameters).firstResultOptional();
    }

    /**
     * Another record than {@code record} (any, for a new one) that the where-clause selects ({@code ?1}, {@code ?2}…
     * its {@code parameters}): the one a unique name or code is already taken by.
     */
    public Optional<E> another(E record, String where, Object... parameters) {
        return others(record, where, parameters).firstResultOptional();
    }

    private PanacheQuery<E> others(E record, String where, Object... parameters) {
        Object[] withSelf = Arrays.copyOf(parameters, parameters.length + 1);
        withSelf[parameters.length] = record.id == null ? new UUID(0, 0) : record.id;
        return repository.find(where + " and id <> ?" + withSelf.length, withSelf);
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

    /** Deletes the record with its own rows ({@link #owning}), flushed: one still referred to is {@code CONFLICT}. */
    public void delete(E entity) {
        owned.forEach(rows -> rows.rows().delete(rows.field(), entity.id));
        repository.delete(entity);
        Flush.now(type + " " + entity.id);
    }

    /** The view of the record with this id; {@code NOT_FOUND} when there is none. */
    public V view(UUID id) {
        return viewOf(find(id));
    }

    /** The views of the records with these ids in one query, in the order asked, null where none. */
    public List<V> viewAll(List<UUID> ids) {
        return AuditedEntity.findInOrder(repository, entityType, ids, this::viewOf);
    }

    /**
     * The views of the records under each of these parents (e.g. each project's parcels), by the parent
     * {@link #childOf} declares, in one query, each list in its order: for resolving a list field of many parents at
     * once. A parent with none has no entry.
     */
    public Map<UUID, List<V>> viewsByParent(Collection<UUID> parentIds) {
        Parent<E> p = declaredParent();
        if (parentIds.isEmpty()) {
            return Map.of();
        }
        return repository.list(p.field() + " in ?1 order by " + p.order(), parentIds).stream()
                .collect(Collectors.groupingBy(p.id(), Collectors.mapping(this::viewOf, Collectors.toList())));
    }

    /**
     * As {@link #viewsByParent}, one list per parent in the order of {@code parentIds} (empty where none): what a
     * GraphQL list field under a list of parents answers.
     */
    public List<List<V>> viewsOfEach(List<UUID> parentIds) {
        Map<UUID, List<V>> byParent = viewsByParent(parentIds);
        return parentIds.stream().map(id -> byParent.getOrDefault(id, List.of())).toList();
    }

    private Parent<E> declaredParent() {
        if (parent == null) {
            throw new IllegalStateException(type + " declares no parent");
        }
        return parent;
    }

    /** One page of the records the criteria select, in the order asked or the one {@link #sortable} names. */
    public Page<V> page(Criteria criteria, PageRequest page) {
        if (defaultSort == null) {
            throw new IllegalStateException(type + " declares no sortable fields");
        }
        return page(criteria, page, sortable, defaultSort);
    }

    /** One page of the records the criteria select, in the order asked or {@code defaultSort}. */
    public Page<V> page(Criteria criteria, PageRequest page, Map<String, String> sortable, String defaultSort) {
        return page(criteria.query(), criteria.parameters(), page, sortable, defaultSort);
    }

    /** One page of the records a where-clause selects, in the order asked or {@code defaultSort}. */
    public Page<V> page(String query, Parameters parameters, PageRequest page, Map<String, String> sortable,
            String defaultSort) {
        return Page.of(repository.find(query, page.toSort(sortable, defaultSort), parameters), page, this::viewOf);
    }

    /** One page of records selected and ordered in memory: for a field SQL cannot match or order (stored encrypted). */
    public Page<V> page(List<E> selected, PageRequest page) {
        return Page.of(selected, page, this::viewOf);
    }

    /**
     * Who changed what of the record, oldest first: for the owning department and leaders only, and
     * {@code NOT_FOUND} when there is no such record.
     */
    public List<ChangeView> history(UUID id) {
        if (!keepsHistory) {
            throw new IllegalStateException(type + " keeps no change history");
        }
        guard.checkOwnDepartmentOrLeader();
        find(id);
        return history.of(type, id);
    }

    /**
     * The histories of records the caller has already read (each parent of a GraphQL list), in the order of
     * {@code ids}, in one query: for the owning department and leaders only.
     */
    public List<List<ChangeView>> histories(List<UUID> ids) {
        if (!keepsHistory) {
            throw new IllegalStateException(type + " keeps no change history");
        }
        guard.checkOwnDepartmentOrLeader();
        Map<UUID, List<ChangeView>> byRecord = history.ofEach(type, ids);
        return ids.stream().map(id -> byRecord.getOrDefault(id, List.of())).toList();
    }

    private record Users<E>(PanacheRepositoryBase<?, UUID> others, String field, Function<E, String> refusal) {
    }

    private record Unique<E>(String where, Function<E, String> refusal, List<Function<E, ?>> values) {
    }

    private record Owned(PanacheRepositoryBase<?, UUID> rows, String field) {
    }

    private record Parent<E>(String field, Function<E, UUID> id, String order) {
    }

    private record Tracked<E>(String name, Function<E, ?> value, boolean fromFirstValue) {
    }
}
