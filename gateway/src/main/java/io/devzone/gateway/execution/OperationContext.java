package io.devzone.gateway.execution;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.DataFetchingEnvironment;

import io.opentelemetry.context.Context;

import io.devzone.gateway.composition.Supergraph;
import io.devzone.gateway.planning.PlannedOperation;
import io.devzone.gateway.planning.RootFetch;

/**
 * Everything one client request shares while it executes: the caller's token (sent with every subgraph request),
 * its trace (the context it was made in: every subgraph fetch is a span of it, however late a DataLoader sends it
 * and on whichever thread), its plan (made before execution started), the root requests already sent, and one
 * DataLoader per subgraph.
 */
final class OperationContext {

    private final Supergraph supergraph;
    private final SubgraphClient client;
    private final String authorization;
    private final Context trace = Context.current();
    private final PlannedOperation planned;
    private final RuntimeException unplanned;
    private final Map<RootFetch, CompletableFuture<SubgraphResponse>> rootRequests = new ConcurrentHashMap<>();
    private final Map<RootFetch, Boolean> pathlessErrorsDelivered = new ConcurrentHashMap<>();
    private final DataLoaderRegistry loaders = new DataLoaderRegistry();

    private OperationContext(Supergraph supergraph, SubgraphClient client, String authorization,
            PlannedOperation planned, RuntimeException unplanned) {
        this.supergraph = supergraph;
        this.client = client;
        this.authorization = authorization;
        this.planned = planned;
        this.unplanned = unplanned;
        supergraph.subgraphs().forEach(subgraph -> {
            DataLoader<EntityKey, EntityResult> loader = DataLoaderFactory.newDataLoader(
                    new EntityBatchLoader(subgraph.name(), subgraph.url(), authorization, trace, client));
            loaders.register(subgraph.name(), loader);
        });
    }

    DataLoaderRegistry loaders() {
        return loaders;
    }

    static OperationContext of(Supergraph supergraph, SubgraphClient client, String authorization,
            PlannedOperation planned) {
        return new OperationContext(supergraph, client, authorization, planned, null);
    }

    /** For an operation that could not be planned: every field that asks for the plan fails with the reason. */
    static OperationContext unplanned(Supergraph supergraph, SubgraphClient client, String authorization,
            RuntimeException failure) {
        return new OperationContext(supergraph, client, authorization, null, failure);
    }

    PlannedOperation planned() {
        if (unplanned != null) {
            throw unplanned;
        }
        return planned;
    }

    ExecutableNormalizedField field(DataFetchingEnvironment env) {
        ExecutableNormalizedField field = planned().plan().field(env.getExecutionStepInfo().getPath().getKeysOnly(),
                env.getExecutionStepInfo().getObjectType().getName());
        return field != null ? field : planned().operation().getNormalizedField(env.getMergedField(),
                env.getExecutionStepInfo().getObjectType(), env.getExecutionStepInfo().getPath());
    }

    /** The response to a root request, sent once however many root fields it carries. */
    CompletableFuture<SubgraphResponse> root(RootFetch fetch) {
        return rootRequests.computeIfAbsent(fetch, f -> {
            CompletableFuture<SubgraphResponse> sent = client.execute(f.subgraph(),
                    supergraph.subgraph(f.subgraph()).url(), f.operation(), Map.of(), authorization, f.mutation(),
                    f.fields(), trace);
            return f.aliased() ? sent.thenApply(SubgraphResponse::unaliased) : sent;
        });
    }

    /** True once per root request: errors without a path go to the first of its fields only. */
    boolean claimPathlessErrors(RootFetch fetch) {
        return pathlessErrorsDelivered.putIfAbsent(fetch, Boolean.TRUE) == null;
    }

    <K, V> DataLoader<K, V> loader(String subgraph) {
        return loaders.getDataLoader(subgraph);
    }
}
