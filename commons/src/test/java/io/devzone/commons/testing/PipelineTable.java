package io.devzone.commons.testing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.junit.jupiter.api.function.Executable;

import io.devzone.commons.pipeline.PipelineState;

/**
 * A pipeline enum's rule (CONVENTIONS.md, "Pipelines") held to its table of allowed moves, written out as the
 * department works: {@code next()} is exactly each row, listed in pipeline order, and {@code canMoveTo} agrees with
 * it on every pair of values. A value whose row is empty is where the pipeline ends.
 */
public final class PipelineTable {

    private PipelineTable() {
    }

    /**
     * Rows for every value of {@code pipeline} (a value left out of {@code table} fails, so none goes unchecked), and
     * every value reachable from the first: no stand a record can never come to.
     */
    public static <E extends Enum<E>> void assertMoves(Class<E> pipeline, Map<E, Set<E>> table,
            Function<E, Set<E>> next, BiPredicate<E, E> canMoveTo) {
        E[] values = pipeline.getEnumConstants();
        List<Executable> checks = new ArrayList<>();
        for (E from : values) {
            Set<E> row = table.get(from);
            checks.add(() -> assertEquals(inPipelineOrder(row), new ArrayList<>(next.apply(from)),
                    from + ".next(), in pipeline order"));
            for (E to : values) {
                checks.add(() -> assertEquals(row != null && row.contains(to), canMoveTo.test(from, to),
                        from + ".canMoveTo(" + to + ")"));
            }
        }
        checks.add(() -> assertEquals(EnumSet.allOf(pipeline), reachableFrom(values[0], next),
                "the stands a record starting at " + values[0] + " can come to"));
        assertAll(pipeline.getSimpleName() + " moves", checks);
    }

    /** {@link #assertMoves} for a pipeline taken one step at a time in exactly this order, ending at the last. */
    @SafeVarargs
    public static <E extends Enum<E> & PipelineState<E>> void assertOneStepAtATime(Class<E> pipeline, E... order) {
        assertMoves(pipeline, oneStepAtATime(order), PipelineState::next, PipelineState::canMoveTo);
        assertEquals(List.of(order[order.length - 1]), ends(pipeline, PipelineState::next),
                "where " + pipeline.getSimpleName() + " ends");
    }

    /** The table of a pipeline taken one step at a time, in this order, with no move after the last. */
    @SafeVarargs
    public static <E extends Enum<E>> Map<E, Set<E>> oneStepAtATime(E... steps) {
        Map<E, Set<E>> table = new LinkedHashMap<>();
        for (int i = 0; i < steps.length; i++) {
            table.put(steps[i], i + 1 < steps.length ? Set.of(steps[i + 1]) : Set.of());
        }
        return table;
    }

    /** The values of {@code pipeline} with no move onwards, in pipeline order. */
    public static <E extends Enum<E>> List<E> ends(Class<E> pipeline, Function<E, Set<E>> next) {
        return EnumSet.allOf(pipeline).stream().filter(value -> next.apply(value).isEmpty()).toList();
    }

    private static <E extends Enum<E>> Set<E> reachableFrom(E first, Function<E, Set<E>> next) {
        Set<E> reached = EnumSet.of(first);
        Deque<E> open = new ArrayDeque<>(reached);
        while (!open.isEmpty()) {
            for (E to : next.apply(open.pop())) {
                if (reached.add(to)) {
                    open.push(to);
                }
            }
        }
        return reached;
    }

    private static <E extends Enum<E>> List<E> inPipelineOrder(Set<E> row) {
        return row == null ? null : row.stream().sorted(Comparator.naturalOrder()).toList();
    }
}
