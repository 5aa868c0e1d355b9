package io.devzone.gateway.execution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherResult;
import graphql.execution.ResultPath;

import io.devzone.gateway.planning.EntityFetch;
import io.devzone.gateway.planning.NestedFetch;

/**
 * Completes the objects inside a parent's carried fields with what {@link NestedFetch}es answer, before a
 * representation is made of the parent: each object found at a fetch's path joins that subgraph's batch, and its
 * answer is merged into a copy of the object.
 */
final class NestedEntities {

    private NestedEntities() {
    }

    /**
     * The parent with every nested fetch of {@code fetch} merged in, one fetch after the other (a later one may find
     * its key in what an earlier one answered); the error where a subgraph failed.
     */
    static CompletableFuture<Object> completed(OperationContext operation, EntityFetch fetch,
            Map<String, Object> parent, ResultPath path) {
        CompletableFuture<Object> done = CompletableFuture.completedFuture(parent);
        for (NestedFetch nested : fetch.nested()) {
            done = done.thenCompose(value -> value instanceof DataFetcherResult<?>
                    ? CompletableFuture.completedFuture(value) : completed(operation, nested, value, 0, path));
        }
        return done;
    }

    private static CompletableFuture<Object> completed(OperationContext operation, NestedFetch nested, Object value,
            int depth, ResultPath path) {
        if (value instanceof List<?> list) {
            List<CompletableFuture<Object>> elements = list.stream()
                    .map(element -> completed(operation, nested, element, depth, path)).toList();
            return CompletableFuture.allOf(elements.toArray(CompletableFuture[]::new)).thenApply(ignored -> {
                List<Object> done = elements.stream().map(CompletableFuture::join).toList();
                return done.stream().filter(DataFetcherResult.class::isInstance).findFirst().orElse(done);
            });
        }
        if (!(value instanceof Map<?, ?> map)) {
            return CompletableFuture.completedFuture(value);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) map;
        if (depth == nested.path().size()) {
            // an object without its key or not found stays as it is
            return FederatedDataFetcher.load(operation, nested.fetch(), object, path, true, object);
        }
        String key = nested.path().get(depth);
        return completed(operation, nested, object.get(key), depth + 1, path).thenApply(inner -> {
            if (inner instanceof DataFetcherResult<?>) {
                return inner;
            }
            Map<String, Object> copy = new LinkedHashMap<>(object);
            copy.put(key, inner);
            return copy;
        });
    }
}
