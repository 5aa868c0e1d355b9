package io.devzone.commons.pipeline;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.devzone.commons.audit.AuditedEntity;
import io.devzone.commons.error.ConflictException;
import io.devzone.commons.error.Flush;
import io.devzone.commons.service.Records;
import io.devzone.commons.time.ZoneClock;

/**
 * How every pipeline moves (CONVENTIONS.md, "Pipelines"): only by a dated move, from the version the caller read,
 * to a place the state's {@link PipelineState#next()} allows ({@code CONFLICT} naming the allowed moves otherwise),
 * on a day that is not in the future nor before the last move ({@code VALIDATION_FAILED}), kept as the aggregate's
 * dated transition and in the change history of the state field (tracked by the aggregate's {@link Records}).
 * What differs between pipelines is where a record stands, the day of its last move, and what an aggregate keeps
 * of a move and its own conditions: its {@link Move}.
 *
 * @param <E> the entity that moves
 * @param <S> the pipeline's enum
 */
public final class Pipeline<E extends AuditedEntity, S extends Enum<S> & PipelineState<S>> {

    /** How an aggregate keeps a move. */
    @FunctionalInterface
    public interface Move<E, S> {

        /**
         * Moves the record to {@code to} on {@code on}, already checked to be an allowed move and day: checks the
         * move's own conditions (a plot before RESETTLED), sets the state and records the dated transition.
         */
        void move(E record, S from, S to, LocalDate on);
    }

    private final Records<E, ?> records;
    private final String noun;
    private final String field;
    private final ZoneClock clock;
    private final Function<E, S> state;
    private final Function<E, LocalDate> lastMoveOn;
    private final Move<E, S> move;
    private S first;
    private BiConsumer<E, S> enter;

    /**
     * @param noun how a message names the record, with its article: {@code "An investment project"}
     * @param field the state field, as history and messages name it: {@code "stage"}
     * @param state where a record stands
     * @param lastMoveOn the day of a record's last move; null when it has none yet
     * @param move what the aggregate does and keeps of a move
     */
    public Pipeline(Records<E, ?> records, String noun, String field, ZoneClock clock, Function<E, S> state,
            Function<E, LocalDate> lastMoveOn, Move<E, S> move) {
        this.records = Objects.requireNonNull(records);
        this.noun = Objects.requireNonNull(noun);
        this.field = Objects.requireNonNull(field);
        this.clock = Objects.requireNonNull(clock);
        this.state = Objects.requireNonNull(state);
        this.lastMoveOn = Objects.requireNonNull(lastMoveOn);
        this.move = Objects.requireNonNull(move);
    }

    /**
     * Where a new record enters when its input names no state ({@code first}), and how it is placed there
     * ({@code enter}): for a pipeline whose records may enter at a later state ({@link #place}).
     */
    public Pipeline<E, S> entering(S first, BiConsumer<E, S> enter) {
        this.first = Objects.requireNonNull(first);
        this.enter = Objects.requireNonNull(enter);
        return this;
    }

    /**
     * The state an input names: a new record (no id yet) enters at it, or at the first state ({@link #entering}) when
     * it names none; a recorded one stays where it stands ({@link #checkUnmoved}).
     */
    public void place(E record, S asked, String moveHow) {
        if (record.id != null) {
            checkUnmoved(record, asked, moveHow);
        } else if (enter == null) {
            throw new IllegalStateException(noun + " declares no first state");
        } else {
            enter.accept(record, asked == null ? first : asked);
        }
    }

    /** Moves the record the caller read at {@code version} to {@code to} on {@code on} (today when null). */
    public E move(UUID id, Integer version, S to, LocalDate on) {
        E record = records.findAtVersion(id, version);
        Map<String, Object> before = records.snapshot(record);
        S from = state.apply(record);
        checkMove(from, to);
        LocalDate day = clock.dayOf("on", on, lastMoveOn.apply(record));
        move.move(record, from, to, day);
        Flush.now(records.type() + " " + id);
        records.recordChanges(record, before);
        return record;
    }

    /** The day a new record entered the pipeline: given, or today; never in the future. */
    public LocalDate firstDay(String dayField, LocalDate given) {
        return clock.dayOf(dayField, given, null);
    }

    /** A change of the record's other fields must leave its state alone: the state moves only by {@link #move}. */
    public void checkUnmoved(E record, S asked, String moveHow) {
        S current = state.apply(record);
        if (asked != null && asked != current) {
            throw new ConflictException("The " + field + " of " + records.type() + " " + record.id
                    + " moves only by a dated move (" + moveHow + "); it is " + current + ", " + allowed(current));
        }
    }

    /** {@code CONFLICT} unless {@code from} may move to {@code to}, naming the moves it allows. */
    public void checkMove(S from, S to) {
        if (!from.canMoveTo(to)) {
            throw new ConflictException(noun + " cannot move from " + from + " to " + to + "; " + allowed(from));
        }
    }

    private String allowed(S from) {
        return from.next().isEmpty() ? from + " is the last " + field + "."
                : "allowed next " + field + ": " + from.next().stream().map(Enum::name)
                        .collect(Collectors.joining(", ")) + ".";
    }
}
