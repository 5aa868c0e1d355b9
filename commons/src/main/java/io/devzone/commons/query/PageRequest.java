package io.devzone.commons.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.devzone.commons.error.InvalidInputException;
import io.quarkus.panache.common.Sort;

/**
 * Which page of a list the caller wants, and in which order. Pages count from 0; {@code sort} is a
 * comma-separated list of field names, each descending when prefixed with {@code -}
 * ({@code -agreedInvestmentCny,name}). The same rules hold on REST and GraphQL.
 */
public record PageRequest(int page, int size, String sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more (pages count from 0)");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
        }
        // the first row of the page (page × size) must be a row number the database takes
        if ((long) page * size > Integer.MAX_VALUE - size) {
            throw new InvalidInputException("page", "is too large: page × size must stay below " + Integer.MAX_VALUE);
        }
    }

    /** Defaults for what the caller left out. */
    public static PageRequest of(Integer page, Integer size, String sort) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, sort);
    }

    /**
     * The Panache sort for this request.
     *
     * @param sortable the fields a caller may sort by, mapped to their entity paths
     * @param byDefault the order when the caller names none
     */
    public Sort toSort(Map<String, String> sortable, String byDefault) {
        List<String> columns = new ArrayList<>();
        Sort result = null;
        for (Term term : terms(sortable.keySet(), byDefault)) {
            String path = sortable.get(term.field());
            Sort.Direction direction = term.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(path, direction) : result.and(path, direction);
            columns.add(path);
        }
        // a unique last key keeps pages stable when the sorted values repeat
        return columns.contains("id") ? result : result.and("id");
    }

    /**
     * The same order for records held in memory, as PostgreSQL would sort them (nulls last ascending, first
     * descending), then by {@code unique}: for a field SQL cannot order, such as one stored encrypted.
     *
     * @param sortable the fields a caller may sort by, mapped to each record's value
     */
    @SuppressWarnings({ "rawtypes", "unchecked" }) // values of mixed types, each compared with its own kind
    public <E> Comparator<E> toComparator(Map<String, Function<E, Comparable>> sortable, String byDefault,
            Function<E, Comparable> unique) {
        Comparator<E> result = null;
        for (Term term : terms(sortable.keySet(), byDefault)) {
            Comparator<E> next = Comparator.comparing(sortable.get(term.field()),
                    Comparator.nullsLast(Comparator.naturalOrder()));
            next = term.descending() ? next.reversed() : next;
            result = result == null ? next : result.thenComparing(next);
        }
        return result.thenComparing(unique, Comparator.naturalOrder());
    }

    private record Term(String field, boolean descending) {
    }

    private List<Term> terms(Set<String> sortable, String byDefault) {
        String wanted = sort == null || sort.isBlank() ? byDefault : sort;
        List<Term> terms = new ArrayList<>();
        String[] given = wanted.split(",", -1);
        for (int i = 0; i < given.length; i++) {
            String name = given[i].strip();
            boolean descending = name.startsWith("-");
            name = descending ? name.substring(1) : name;
            if (!sortable.contains(name)) {
                // the caller's text is not echoed: it is told which term and what it may use instead
                throw new InvalidInputException("sort", (name.isEmpty() ? "has an empty field name" : "names a field"
                        + " that cannot be sorted by") + " (term " + (i + 1) + "); sortable fields are "
                        + sortable.stream().sorted().toList());
            }
            terms.add(new Term(name, descending));
        }
        return terms;
    }
}
