package io.devzone.gateway.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.execution.ResultPath;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;

import io.devzone.gateway.planning.EntityFetch;
import io.devzone.gateway.planning.FieldStep;
import io.devzone.gateway.planning.RootFetch;

/**
 * The one data fetcher of the composed schema: it follows the plan. Root fields read their subgraph's response,
 * carried fields read their parent's data, and fields from another subgraph join that subgraph's entity batch.
 */
final class FederatedDataFetcher implements DataFetcher<Object> {

    static final FederatedDataFetcher INSTANCE = new FederatedDataFetcher();

    private FederatedDataFetcher() {
    }

    @Override
    public Object get(DataFetchingEnvironment env) {
        OperationContext operation = env.getGraphQlContext().get(OperationContext.class);
        ExecutableNormalizedField field = operation.field(env);
        FieldStep step = operation.planned().plan().step(field);
        if (step instanceof FieldStep.Typed typed) {
            return ConcreteTypes.learnt(operation, value(operation, typed.step(), field.getResultKey(), env),
                    typed.concreteTypes(), env.getExecutionStepInfo().getPath());
        }
        return value(operation, step, field.getResultKey(), env);
    }

    private static Object value(OperationContext operation, FieldStep step, String resultKey,
            DataFetchingEnvironment env) {
        if (step instanceof FieldStep.ByType byType) {
            return value(operation, byType.on(((GraphQLObjectType) env.getParentType()).getName()), resultKey, env);
        }
        if (step instanceof FieldStep.Root root) {
            return rootField(operation, root.fetch(), resultKey, env.getExecutionStepInfo().getPath());
        }
        if (step instanceof FieldStep.Entity entity) {
            return entityField(operation, entity.fetch(), resultKey, env);
        }
        if (step instanceof FieldStep.Merged merged) {
            return merged(operation, merged, resultKey, env);
        }
        return env.<Fetched>getSource().child(resultKey);
    }

    /** Each step's value, merged in order; the errors of all. */
    private static CompletableFuture<Object> merged(OperationContext operation, FieldStep.Merged merged,
            String resultKey, DataFetchingEnvironment env) {
        List<CompletableFuture<?>> parts = merged.steps().stream().<CompletableFuture<?>>map(step -> {
            Object value = value(operation, step, resultKey, env);
            return value instanceof CompletableFuture<?> future ? future : CompletableFuture.completedFuture(value);
        }).toList();
        return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).thenApply(ignored -> {
            Object data = null;
            List<GraphQLError> errors = new ArrayList<>();
            for (CompletableFuture<?> part : parts) {
                Object value = part.join();
                if (value instanceof DataFetcherResult<?> result) {
                    errors.addAll(result.getErrors());
                    value = result.getData();
                }
                data = Fetched.merge(data, value);
            }
            return DataFetcherResult.newResult().data(data).errors(errors).build();
        });
    }

    private static CompletableFuture<Object> rootField(OperationContext operation, RootFetch fetch, String resultKey,
            ResultPath path) {
        return operation.root(fetch).handle((response, failure) -> {
            if (failure != null) {
                return unavailable(failure, path, fetch.subgraph());
            }
            List<GraphQLError> errors = new ArrayList<>();
            boolean pathless = operation.claimPathlessErrors(fetch);
            response.errors().forEach(error -> {
                if (SubgraphErrors.under(error, List.of(resultKey))) {
                    errors.add(SubgraphErrors.toClient(fetch.subgraph(), error, ResultPath.rootPath(), 0));
                } else if (!SubgraphErrors.hasPath(error) && pathless) {
                    errors.add(SubgraphErrors.toClient(fetch.subgraph(), error, path, 0));
                }
            });
            Object value = response.data() == null ? null : Fetched.wrap(fetch.subgraph(), response.data().get(resultKey));
            return DataFetcherResult.newResult().data(value).errors(errors).build();
        });
    }

    private static Object entityField(OperationContext operation, EntityFetch fetch, String resultKey,
            DataFetchingEnvironment env) {
        Map<String, Object> parent = env.<Fetched>getSource().data();
        ResultPath path = env.getExecutionStepInfo().getPath();
        if (fetch.via() == null && fetch.nested().isEmpty()) {
            return entityField(operation, fetch, resultKey, parent, path, false);
        }
        // what the parent's subgraph lacks comes first from other subgraphs, then joins the representation
        return ready(operation, fetch, parent, path).thenCompose(known -> known instanceof Map<?, ?>
                ? entityField(operation, fetch, resultKey, asObject(known), path, true)
                : CompletableFuture.completedFuture(known));
    }

    /**
     * The parent with all the fetch's representation needs joined in: what its {@code via} answers, then the
     * objects its nested fetches complete; null where a representation cannot be made or nothing is found, the
     * error where a subgraph failed.
     */
    private static CompletableFuture<Object> ready(OperationContext operation, EntityFetch fetch,
            Map<String, Object> parent, ResultPath path) {
        CompletableFuture<Object> known = fetch.via() == null ? CompletableFuture.completedFuture(parent)
                : joined(operation, fetch.via(), parent, path);
        return fetch.nested().isEmpty() ? known : known.thenCompose(value -> value instanceof Map<?, ?>
                ? NestedEntities.completed(operation, fetch, asObject(value), path)
                : CompletableFuture.completedFuture(value));
    }

    /** The parent with what {@code via} answers for it joined in, once all it needs in turn has joined it. */
    private static CompletableFuture<Object> joined(OperationContext operation, EntityFetch via,
            Map<String, Object> parent, ResultPath path) {
        boolean late = via.via() != null || !via.nested().isEmpty();
        CompletableFuture<Object> before = late ? ready(operation, via, parent, path)
                : CompletableFuture.completedFuture(parent);
        return before.thenCompose(known -> known instanceof Map<?, ?>
                ? load(operation, via, asObject(known), path, late, null)
                : CompletableFuture.completedFuture(known));
    }

    /**
     * The parent with the fetch's answer for it joined in ({@code late}: see {@link #queued}); {@code unfound} where
     * it lacks a representation or nothing is found, the error where the subgraph failed.
     */
    static CompletableFuture<Object> load(OperationContext operation, EntityFetch via, Map<String, Object> parent,
            ResultPath path, boolean late, Object unfound) {
        CompletableFuture<EntityResult> loaded = queued(operation, via, parent, late);
        if (loaded == null) {
            return CompletableFuture.completedFuture(unfound);
        }
        return loaded.thenApply(result -> {
            if (result.failure() != null) {
                return DataFetcherResult.newResult()
                        .error(SubgraphErrors.unavailable(result.failure(), path, via.subgraph())).build();
            }
            if (result.entity() == null) {
                return unfound;
            }
            Map<String, Object> joined = new LinkedHashMap<>(parent);
            joined.putAll(result.entity());
            return joined;
        });
    }

    /**
     * The parent's representation joins the batch of the fetch's subgraph; null when the parent lacks what it
     * needs.
     *
     * @param late whether the load comes after the level's dispatch (behind a third subgraph's answer): then it is
     *             dispatched by itself, once the loads its siblings queue at the same moment have joined it
     */
    private static CompletableFuture<EntityResult> queued(OperationContext operation, EntityFetch fetch,
            Map<String, Object> parent, boolean late) {
        Map<String, Object> representation = fetch.representation(parent);
        if (representation == null) {
            return null;
        }
        DataLoader<EntityKey, EntityResult> loader = operation.loader(fetch.subgraph());
        CompletableFuture<EntityResult> loaded = loader.load(new EntityKey(fetch, representation));
        if (late) {
            CompletableFuture.runAsync(loader::dispatch);
        }
        return loaded;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object value) {
        return (Map<String, Object>) value;
    }

    /** The field from the entity the fetch finds for the parent ({@code late}: see {@link #queued}). */
    private static CompletableFuture<Object> entityField(OperationContext operation, EntityFetch fetch,
            String resultKey, Map<String, Object> parent, ResultPath path, boolean late) {
        CompletableFuture<EntityResult> loaded = queued(operation, fetch, parent, late);
        if (loaded == null) {
            return CompletableFuture.completedFuture(null); // the parent has no key to ask with: nothing to resolve
        }
        return loaded.thenApply(result -> {
            if (result.failure() != null) {
                return DataFetcherResult.newResult()
                        .error(SubgraphErrors.unavailable(result.failure(), path, fetch.subgraph())).build();
            }
            List<GraphQLError> errors = new ArrayList<>();
            result.errors().forEach(error -> {
                List<?> own = (List<?>) error.get("path");
                boolean mine = own != null && own.size() > 2 && resultKey.equals(own.get(2));
                boolean general = own == null || own.size() <= 2;
                if (mine) {
                    errors.add(SubgraphErrors.toClient(fetch.subgraph(), error, path.getParent(), 2));
                } else if (general) {
                    errors.add(SubgraphErrors.toClient(fetch.subgraph(), error, path, Integer.MAX_VALUE));
                }
            });
            Object value = result.entity() == null ? null : Fetched.wrap(fetch.subgraph(), result.entity().get(resultKey));
            return DataFetcherResult.newResult().data(value).errors(errors).build();
        });
    }

    private static DataFetcherResult<Object> unavailable(Throwable failure, ResultPath path, String subgraph) {
        return DataFetcherResult.newResult().error(SubgraphErrors.unavailable(
                SubgraphUnavailableException.from(failure, subgraph), path, subgraph)).build();
    }
}
