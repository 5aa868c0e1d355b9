package io.devzone.commons.query;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** One page of a list, with what a client needs to page on: the same shape on REST and GraphQL. */
public record Page<T>(List<T> items, int page, int size, int totalItems, int totalPages) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        List<T> items = query.page(io.quarkus.panache.common.Page.of(request.page(), request.size()))
                .list().stream().map(mapper).toList();
        int total = Math.toIntExact(query.count());
        return new Page<>(items, request.page(), request.size(), total, (total + request.size() - 1) / request.size());
    }
}
