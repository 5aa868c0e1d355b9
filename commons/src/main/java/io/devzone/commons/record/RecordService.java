package io.devzone.commons.record;

import java.beans.Introspector;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.devzone.commons.audit.AuditedEntity;
import io.devzone.commons.error.InputValidator;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.history.ChangeHistory;
import io.devzone.commons.history.ChangeView;
import io.devzone.commons.pipeline.Pipeline;
import io.devzone.commons.pipeline.PipelineState;
import io.devzone.commons.query.Criteria;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.commons.security.AccessGuard;
import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.security.WriteAccess;
import io.devzone.commons.service.Records;

/**
 * The use cases every record type has, with their access rules and transactions declared once: list (filter, sort,
 * page), get, get many in the order asked ({@code _entities}), history, create, update, delete. An aggregate's
 * service extends it and supplies only what is its own: its {@link Records} (mapping, sortable and tracked fields),
 * a new record, how an input is applied to it (its rules), and any checks beyond the input's Bean Validation
 * ({@link #checkRules}).
 * It overrides a use case only where its rules differ, and adds its own (a pipeline move). What a delete must find
 * first (no dependants) or take along (its own rows) its {@link Records} declares ({@code inUseBy}, {@code owning});
 * any other condition goes in {@link #beforeDelete}.
 * <p>
 * The interceptor bindings ({@code @ReadAccess}, {@code @WriteAccess}, {@code @Transactional}) on these methods
 * apply to every subclass bean (ArC intercepts inherited methods); an override must declare them again.
 *
 * @param <E> the entity
 * @param <V> its view
 * @param <I> its input
 * @param <F> its list filter
 */
public abstract class RecordService<E extends AuditedEntity, V extends RecordView, I extends RecordInput, F extends RecordFilter> {

    protected final Records<E, V> records;
    private final String inputName;

    @Inject
    InputValidator validator;
    @Inject
    EntityManager entityManager;

    /** Where its records' changes are kept: for a change an aggregate records its own way (the day a step was taken). */
    protected ChangeHistory history;
    /** Who reads what: for an aggregate's own field-level rules (a search by personal data). */
    protected AccessGuard guard;

    /** Its records keep and show their history through these beans: the aggregate's constructor takes neither. */
    @Inject
    void keepHistory(ChangeHistory history, AccessGuard guard) {
        this.history = history;
        this.guard = guard;
        records.keptBy(history, guard);
    }

    protected RecordService(Records<E, V> records) {
        this.records = records;
        this.inputName = Introspector.decapitalize(records.type());
    }

    @ReadAccess
    public Page<V> list(F filter, PageRequest page) {
        return records.page(filter == null ? new Criteria() : filter.criteria(), page);
    }

    @ReadAccess
    public V get(UUID id) {
        return records.view(id);
    }

    /** The views of these ids, in the order asked, null where none: one query for an {@code _entities} batch. */
    @ReadAccess
    public List<V> getAll(List<UUID> ids) {
        return records.viewAll(ids);
    }

    @ReadAccess
    public List<ChangeView> history(UUID id) {
        return records.history(id);
    }

    /** The histories of records already read (a GraphQL list's parents), in their order, in one query. */
    @ReadAccess
    public List<List<ChangeView>> histories(List<UUID> ids) {
        return records.histories(ids);
    }

    /**
     * The records under each of these parents ({@link Records#childOf}), in one query, one list per parent in their
     * order: what a GraphQL list field under a list of parents answers.
     */
    @ReadAccess
    public List<List<V>> ofEachParent(List<UUID> parentIds) {
        return records.viewsOfEach(parentIds);
    }

    /** As {@link #ofEachParent}, by parent id (a parent with none has no entry): for an {@code _entities} batch. */
    @ReadAccess
    public Map<UUID, List<V>> byParent(Collection<UUID> parentIds) {
        return records.viewsByParent(parentIds);
    }

    @WriteAccess
    @Transactional
    public V create(I input) {
        check(input);
        E record = newRecord(input);
        apply(input, record);
        return records.viewOf(records.create(record, describe(record)));
    }

    @WriteAccess
    @Transactional
    public V update(UUID id, I input) {
        check(input);
        return records.viewOf(records.update(id, input.version(), record -> apply(input, record)));
    }

    @WriteAccess
    @Transactional
    public void delete(UUID id) {
        E record = records.find(id);
        records.checkUnused(record);
        beforeDelete(record);
        records.delete(record);
    }

    /**
     * A new record for {@code input}: a blank entity ({@link Records#blank}) that {@link #apply} fills; a pipeline
     * record overrides this to take its first state from the input.
     */
    protected E newRecord(I input) {
        return records.blank();
    }

    /**
     * Applies the input to a new or existing record, refusing what the aggregate's rules forbid: by default the copy
     * generated from the input's {@code @RecordCopy} ({@link InputCopy}); an aggregate with rules or fields of its own
     * overrides it, calling this for the copy.
     */
    @SuppressWarnings("unchecked") // the input copies onto its own entity: @RecordCopy(to = E)
    protected void apply(I input, E record) {
        if (!(input instanceof InputCopy<?> copy)) {
            throw new IllegalStateException(input.getClass().getSimpleName()
                    + " declares no @RecordCopy: its service must override apply");
        }
        ((InputCopy<E>) copy).copyTo(record);
    }

    /** The input's Bean Validation constraints, then the aggregate's own {@link #checkRules}. */
    protected final void check(I input) {
        validator.check(input, inputName);
        checkRules(input);
    }

    /** What Bean Validation cannot say of a valid input: the checks that span fields or records. None by default. */
    protected void checkRules(I input) {
    }

    /** The Bean Validation constraints of an input of the aggregate's own use case (a move, an assignment). */
    protected void check(Object input, String name) {
        validator.check(input, name);
    }

    /**
     * The record of another {@code type} (an entity of this service's database) that an input's {@code field} names
     * by {@code id}: {@code VALIDATION_FAILED} at that field with {@code refusal} (e.g.
     * {@code "names no enterprise: <id>"}) when there is none.
     */
    protected <R> R referenced(Class<R> type, String field, UUID id, String refusal) {
        R found = entityManager.find(type, id);
        if (found == null) {
            throw new InvalidInputException(field, refusal);
        }
        return found;
    }

    /**
     * A pipeline move as the caller asked it in {@code request} (its constraints checked first, named
     * {@code requestName}): the record read at {@code version} moved to {@code to} on {@code on}, as it is then.
     */
    protected <S extends Enum<S> & PipelineState<S>> V move(Pipeline<E, S> pipeline, UUID id, Object request,
            String requestName, Integer version, S to, LocalDate on) {
        check(request, requestName);
        return records.viewOf(pipeline.move(id, version, to, on));
    }

    /**
     * What else must hold before a record is deleted, after its {@link Records#inUseBy} checks: {@code CONFLICT}
     * naming how many refer to it, say. Nothing by default.
     */
    protected void beforeDelete(E record) {
    }

    /**
     * How a {@code CONFLICT} on create names the record: by the name its {@link Records#namedBy} gives (e.g.
     * {@code LandParcel 'JB-2011-001'}), or as the aggregate says it otherwise.
     */
    protected String describe(E record) {
        return records.describe(record);
    }
}
