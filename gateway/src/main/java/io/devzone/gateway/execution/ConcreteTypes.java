package io.devzone.gateway.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.dataloader.DataLoader;

import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.execution.ResultPath;

import io.devzone.gateway.planning.ConcreteType;
import io.devzone.gateway.planning.EntityFetch;

/**
 * Gives the objects an {@code @interfaceObject}'s subgraph returned their implementation before graphql-java
 * resolves their type: learnt from a subgraph that defines the interface, batched for all of them, or assumed as
 * planned. An object whose implementation no subgraph knows becomes null; if the subgraph asked did not answer, the
 * field says so too.
 */
final class ConcreteTypes {

    private ConcreteTypes() {
    }

    /** The field's value (as its step gave it: a future, a fetcher result, a plain value) with its objects typed. */
    static Object learnt(OperationContext operation, Object value, Map<String, ConcreteType> concreteTypes,
            ResultPath path) {
        CompletableFuture<?> done = value instanceof CompletableFuture<?> future ? future
                : CompletableFuture.completedFuture(value);
        return done.thenCompose(result -> {
            Set<String> asked = ConcurrentHashMap.newKeySet();
            Map<String, SubgraphUnavailableException> unanswered = new ConcurrentHashMap<>();
            DataFetcherResult<?> fetched = result instanceof DataFetcherResult<?> own ? own : null;
            CompletableFuture<Object> typed = typed(operation, fetched == null ? result : fetched.getData(),
                    concreteTypes, asked, unanswered);
            // asked once the level's dispatch is over (behind the value's own request): sent at once, all together
            asked.forEach(subgraph -> CompletableFuture.runAsync(operation.loader(subgraph)::dispatch));
            return typed.thenApply(data -> {
                List<GraphQLError> errors = new ArrayList<>(fetched == null ? List.of() : fetched.getErrors());
                unanswered.forEach((subgraph, failure) -> errors.add(SubgraphErrors.unavailable(failure, path,
                        subgraph)));
                return DataFetcherResult.newResult().data(data).errors(errors)
                        .localContext(fetched == null ? null : fetched.getLocalContext()).build();
            });
        });
    }

    private static CompletableFuture<Object> typed(OperationContext operation, Object value,
            Map<String, ConcreteType> concreteTypes, Set<String> asked,
            Map<String, SubgraphUnavailableException> unanswered) {
        if (value instanceof List<?> list) {
            List<CompletableFuture<Object>> elements = new ArrayList<>(list.size());
            list.forEach(element -> elements.add(typed(operation, element, concreteTypes, asked, unanswered)));
            return CompletableFuture.allOf(elements.toArray(CompletableFuture[]::new))
                    .thenApply(ignored -> elements.stream().map(CompletableFuture::join).toList());
        }
        if (!(value instanceof Fetched object) || !concreteTypes.containsKey(object.subgraph())) {
            return CompletableFuture.completedFuture(value);
        }
        ConcreteType concrete = concreteTypes.get(object.subgraph());
        if (concrete.fetch() == null) {
            return CompletableFuture.completedFuture(withType(object, concrete.assumed()));
        }
        EntityFetch fetch = concrete.fetch();
        Map<String, Object> representation = fetch.representation(object.data());
        if (representation == null) {
            return CompletableFuture.completedFuture(null);
        }
        asked.add(fetch.subgraph());
        DataLoader<EntityKey, EntityResult> loader = operation.loader(fetch.subgraph());
        return loader.load(new EntityKey(fetch, representation)).thenApply(found -> {
            if (found.failure() != null) {
                unanswered.put(fetch.subgraph(), found.failure());
            }
            return found.entity() == null || !(found.entity().get(EntityFetch.TYPENAME_ALIAS) instanceof String type)
                    ? null : withType(object, type);
        });
    }

    private static Fetched withType(Fetched object, String type) {
        Map<String, Object> data = new LinkedHashMap<>(object.data());
        data.put(EntityFetch.TYPENAME_ALIAS, type);
        return new Fetched(object.subgraph(), data);
    }
}
