package io.devzone.gateway.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.dataloader.BatchLoader;

import io.devzone.gateway.planning.EntityFetch;
import io.opentelemetry.context.Context;

/**
 * The batch function of one subgraph's DataLoader: every representation queued at one level of the plan, across
 * all entity fetches for this subgraph, goes out in one request of aliased {@code _entities} fields.
 */
final class EntityBatchLoader implements BatchLoader<EntityKey, EntityResult> {

    private final String subgraph;
    private final String url;
    private final String authorization;
    private final Context trace;
    private final SubgraphClient client;

    EntityBatchLoader(String subgraph, String url, String authorization, Context trace, SubgraphClient client) {
        this.subgraph = subgraph;
        this.url = url;
        this.authorization = authorization;
        this.trace = trace;
        this.client = client;
    }

    @Override
    public CompletionStage<List<EntityResult>> load(List<EntityKey> keys) {
        Map<EntityFetch, List<Map<String, Object>>> representations = new LinkedHashMap<>();
        List<Integer> indexes = new ArrayList<>(keys.size());
        for (EntityKey key : keys) {
            List<Map<String, Object>> forFetch = representations.computeIfAbsent(key.fetch(), f -> new ArrayList<>());
            indexes.add(forFetch.size());
            forFetch.add(key.representation());
        }
        StringBuilder variables = new StringBuilder();
        StringBuilder selections = new StringBuilder();
        Map<String, Object> values = new LinkedHashMap<>();
        representations.forEach((fetch, reps) -> {
            variables.append(variables.isEmpty() ? "" : ",").append('$').append(fetch.variable()).append(":[_Any!]!");
            selections.append(selections.isEmpty() ? "" : " ").append(fetch.selection());
            values.put(fetch.variable(), reps);
        });
        String query = "query(" + variables + "){" + selections + "}";
        CompletableFuture<SubgraphResponse> sent = client.execute(subgraph, url, query, values, authorization, false,
                "_entities", trace);
        if (representations.keySet().stream().anyMatch(EntityFetch::aliased)) {
            sent = sent.thenApply(SubgraphResponse::unaliased);
        }
        return sent.handle((response, failure) -> {
            if (failure != null) {
                SubgraphUnavailableException unavailable = SubgraphUnavailableException.from(failure, subgraph);
                return keys.stream().map(key -> EntityResult.failed(unavailable)).toList();
            }
            List<EntityResult> results = new ArrayList<>(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                results.add(resultFor(keys.get(i).fetch(), indexes.get(i), response));
            }
            return results;
        });
    }

    private static EntityResult resultFor(EntityFetch fetch, int index, SubgraphResponse response) {
        Map<String, Object> entity = null;
        if (response.data() != null && response.data().get(fetch.alias()) instanceof List<?> entities
                && index < entities.size() && entities.get(index) instanceof Map<?, ?> found) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) found;
            entity = typed;
        }
        List<Object> prefix = List.of(fetch.alias(), index);
        List<Map<String, Object>> errors = response.errors().stream()
                .filter(error -> SubgraphErrors.under(error, prefix) || !SubgraphErrors.hasPath(error)
                        || SubgraphErrors.under(error, List.of(fetch.alias())) && pathLength(error) == 1)
                .toList();
        return new EntityResult(entity, errors, null);
    }

    private static int pathLength(Map<String, Object> error) {
        return error.get("path") instanceof List<?> path ? path.size() : 0;
    }
}
