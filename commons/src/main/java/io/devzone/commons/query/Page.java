package io.devzone.commons.query;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** One page of a list, with what a client needs to page on: the same shape on REST and GraphQL. */
public record Page<T>(List<T> items, int page, int size, int totalItems, int totalPages) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        List<T> items = query.page(io.quarkus.panache.common.Page.of(request.page(), request.size()))
                .list().stream().map(mapper).toList();
        return of(items, request, Math.toIntExact(query.count()));
    }

    /** One page of a list already selected and ordered in memory. */
    public static <E, T> Page<T> of(List<E> all, PageRequest request, Function<E, T> mapper) {
        int from = (int) Math.min((long) request.page() * request.size(), all.size());
        List<T> items = all.subList(from, Math.min(from + request.size(), all.size())).stream().map(mapper).toList();
        return of(items, request, all.size());
    }

    private static <T> Page<T> of(List<T> items, PageRequest request, int total) {
        return new Page<>(items, request.page(), request.size(), total, (total + request.size() - 1) / request.size());
    }
}
