package io.devzone.commons.query;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import io.devzone.commons.error.FieldError;
import io.devzone.commons.error.InvalidInputException;
import io.quarkus.panache.common.Sort;

/** Paging and sorting of every list (CONVENTIONS.md, "Lists"): bounds, sort terms, and the order they give. */
class PageRequestTest {

    /** The sortable fields of a list, as a service declares them: the name callers use, the entity path. */
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "signedOn", "signedOn",
            "agreedInvestmentCny", "agreedInvestmentCny", "enterprise", "enterprise.name");

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        assertEquals(new PageRequest(0, 20, null), PageRequest.of(null, null, null));
        assertEquals(new PageRequest(3, 50, "-name"), PageRequest.of(3, 50, "-name"));
    }

    @Test
    void takesEveryPageAndSizeWithinBounds() {
        assertDoesNotThrow(() -> new PageRequest(0, 1, null));
        assertDoesNotThrow(() -> new PageRequest(0, PageRequest.MAX_SIZE, null));
        // the last pages whose rows the database can still address
        assertDoesNotThrow(() -> new PageRequest(Integer.MAX_VALUE / 200 - 1, 200, null));
        assertDoesNotThrow(() -> new PageRequest(Integer.MAX_VALUE - 1, 1, null));
    }

    @Test
    void refusesPagesAndSizesOutOfBoundsNamingTheParameter() {
        assertRefused("page", "must be 0 or more (pages count from 0)", () -> new PageRequest(-1, 20, null));
        assertRefused("page", "must be 0 or more (pages count from 0)",
                () -> PageRequest.of(Integer.MIN_VALUE, null, null));
        assertRefused("size", "must be between 1 and 200", () -> new PageRequest(0, 0, null));
        assertRefused("size", "must be between 1 and 200", () -> new PageRequest(0, -5, null));
        assertRefused("size", "must be between 1 and 200", () -> new PageRequest(0, 201, null));
        assertRefused("size", "must be between 1 and 200", () -> PageRequest.of(0, Integer.MAX_VALUE, null));
    }

    @Test
    void refusesAPageBeyondTheRowsTheDatabaseCanAddress() {
        String tooLarge = "is too large: page × size must stay below 2147483647";
        assertRefused("page", tooLarge, () -> new PageRequest(Integer.MAX_VALUE / 200, 200, null));
        assertRefused("page", tooLarge, () -> new PageRequest(Integer.MAX_VALUE, 1, null));
        assertRefused("page", tooLarge, () -> new PageRequest(Integer.MAX_VALUE, 200, null));
    }

    @Test
    void sortsByTheDefaultWhenNoneIsAskedThenById() {
        assertEquals(List.of("name ASC", "id ASC"), columns(new PageRequest(0, 20, null).toSort(SORTABLE, "name")));
        assertEquals(List.of("signedOn DESC", "id ASC"),
                columns(new PageRequest(0, 20, " ").toSort(SORTABLE, "-signedOn")));
    }

    @Test
    void sortsByEachTermInTurnMappedToItsPathThenById() {
        Sort sort = new PageRequest(0, 20, "-agreedInvestmentCny, enterprise ,name").toSort(SORTABLE, "name");

        assertEquals(List.of("agreedInvestmentCny DESC", "enterprise.name ASC", "name ASC", "id ASC"), columns(sort));
    }

    @Test
    void addsNoSecondIdWhenTheCallerSortsByIt() {
        Map<String, String> withId = Map.of("id", "id", "name", "name");

        assertEquals(List.of("id DESC"), columns(new PageRequest(0, 20, "-id").toSort(withId, "name")));
        assertEquals(List.of("id ASC", "name ASC"), columns(new PageRequest(0, 20, "id,name").toSort(withId, "name")));
    }

    @Test
    void refusesAnUnknownSortFieldNamingTheTermNotEchoingIt() {
        assertRefused("sort", "names a field that cannot be sorted by (term 2); sortable fields are"
                + " [agreedInvestmentCny, enterprise, name, signedOn]",
                () -> new PageRequest(0, 20, "name,password").toSort(SORTABLE, "name"));
        // paths are not field names: a caller names the field, never the entity path behind it
        assertRefused("sort", "names a field that cannot be sorted by (term 1); sortable fields are"
                + " [agreedInvestmentCny, enterprise, name, signedOn]",
                () -> new PageRequest(0, 20, "enterprise.name").toSort(SORTABLE, "name"));
        assertRefused("sort", "names a field that cannot be sorted by (term 1); sortable fields are"
                + " [agreedInvestmentCny, enterprise, name, signedOn]",
                () -> new PageRequest(0, 20, "--name").toSort(SORTABLE, "name"));
    }

    @Test
    void refusesEmptySortTerms() {
        String empty = "has an empty field name (term %d); sortable fields are [agreedInvestmentCny, enterprise, name,"
                + " signedOn]";
        assertRefused("sort", empty.formatted(1), () -> new PageRequest(0, 20, ",,,").toSort(SORTABLE, "name"));
        assertRefused("sort", empty.formatted(2), () -> new PageRequest(0, 20, "name,").toSort(SORTABLE, "name"));
        assertRefused("sort", empty.formatted(1), () -> new PageRequest(0, 20, "-").toSort(SORTABLE, "name"));
        assertRefused("sort", "has an empty field name (term 2); sortable fields are [name, rank]",
                () -> new PageRequest(0, 20, "name, ,rank").toComparator(IN_MEMORY, "name", Row::id));
    }

    /** A record held in memory, e.g. one whose name is stored encrypted. */
    private record Row(int id, String name, Integer rank) {
    }

    @SuppressWarnings("rawtypes") // as the services declare their in-memory sort keys
    private static final Map<String, Function<Row, Comparable>> IN_MEMORY =
            Map.of("name", Row::name, "rank", Row::rank);

    @Test
    void ordersInMemoryAsPostgresDoesNullsLastAscendingFirstDescending() {
        List<Row> rows = List.of(new Row(1, "b", null), new Row(2, "a", 2), new Row(3, null, 1), new Row(4, "c", 2));

        assertEquals(List.of(3, 2, 4, 1), ids(rows, new PageRequest(0, 20, "rank")));
        assertEquals(List.of(1, 2, 4, 3), ids(rows, new PageRequest(0, 20, "-rank")));
        assertEquals(List.of(2, 1, 4, 3), ids(rows, new PageRequest(0, 20, "name")));
        assertEquals(List.of(3, 4, 1, 2), ids(rows, new PageRequest(0, 20, "-name")));
    }

    @Test
    void ordersInMemoryByEachTermThenByTheUniqueKey() {
        List<Row> rows = List.of(new Row(5, "x", 1), new Row(1, "x", 1), new Row(4, "y", 1), new Row(2, "y", 2),
                new Row(3, "y", null));

        assertEquals(List.of(3, 2, 1, 5, 4), ids(rows, new PageRequest(0, 20, "-rank,name")));
        assertEquals(List.of(4, 2, 3, 1, 5), ids(rows, new PageRequest(0, 20, "-name,rank")));
        // the default order when the caller names none, ties broken by the unique key
        assertEquals(List.of(3, 2, 1, 4, 5), ids(rows, new PageRequest(0, 20, null)));
    }

    @Test
    void refusesAnUnknownSortFieldInMemoryToo() {
        assertRefused("sort", "names a field that cannot be sorted by (term 1); sortable fields are [name, rank]",
                () -> new PageRequest(0, 20, "id").toComparator(IN_MEMORY, "name", Row::id));
    }

    private static List<Integer> ids(List<Row> rows, PageRequest request) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(request.toComparator(IN_MEMORY, "-rank", Row::id));
        return sorted.stream().map(Row::id).toList();
    }

    private static List<String> columns(Sort sort) {
        return sort.getColumns().stream().map(c -> c.getName() + " " + (c.getDirection() == Sort.Direction.Descending
                ? "DESC" : "ASC")).toList();
    }

    private static void assertRefused(String field, String message, Executable request) {
        InvalidInputException e = assertThrows(InvalidInputException.class, request);
        assertEquals(List.of(new FieldError(field, message)), e.errors());
    }
}
