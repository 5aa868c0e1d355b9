package io.devzone.commons.record;

import java.beans.Introspector;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.devzone.commons.audit.AuditedEntity;
import io.devzone.commons.error.InputValidator;
import io.devzone.commons.history.ChangeView;
import io.devzone.commons.query.Criteria;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.security.WriteAccess;
import io.devzone.commons.service.Records;

/**
 * The use cases every record type has, with their access rules and transactions declared once: list (filter, sort,
 * page), get, get many in the order asked ({@code _entities}), history, create, update, delete. An aggregate's
 * service extends it and supplies only what is its own: its {@link Records} (mapping, sortable and tracked fields),
 * a new record, how an input is applied to it (its rules), and any checks beyond the input's Bean Validation.
 * It overrides a use case only where its rules differ (a list searching by personal data), a check where a use case
 * has one ({@link #checkDeletable}: a delete that must find no dependants first), and adds its own (a pipeline move).
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
    private final Supplier<E> blank;

    @Inject
    InputValidator validator;

    protected RecordService(Records<E, V> records) {
        this(records, null);
    }

    /** @param blank a new, empty record (e.g. {@code Acquisition::new}), what {@link #newRecord} gives by default */
    protected RecordService(Records<E, V> records, Supplier<E> blank) {
        this.records = records;
        this.inputName = Introspector.decapitalize(records.type());
        this.blank = blank;
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
        checkDeletable(records.find(id));
        records.delete(id);
    }

    /**
     * A new, empty record for {@code input}: the constructor's {@code blank} one; a pipeline record overrides this to
     * take its first state from the input.
     */
    protected E newRecord(I input) {
        if (blank == null) {
            throw new IllegalStateException(records.type() + " names no blank record: pass one to the constructor"
                    + " or override newRecord");
        }
        return blank.get();
    }

    /**
     * Refuses ({@code CONFLICT}, naming what still depends on it) to delete a record whose dependants the database
     * cannot name itself; nothing by default, as foreign keys refuse the rest ({@code Flush}).
     */
    protected void checkDeletable(E record) {
    }

    /** Applies the input to a new or existing record, refusing what the aggregate's rules forbid. */
    protected abstract void apply(I input, E record);

    /** The input's Bean Validation constraints; an aggregate adds the checks that span fields or records. */
    protected void check(I input) {
        validator.check(input, inputName);
    }

    /** How a {@code CONFLICT} on create names the record, e.g. {@code LandParcel 'JB-2011-001'} for a unique code. */
    protected String describe(E record) {
        return records.type();
    }
}
