package io.devzone.gateway.execution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.execution.ResultPath;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLNonNull;

import io.devzone.gateway.composition.Supergraph;
import io.devzone.gateway.planning.EntityFetch;
import io.devzone.gateway.planning.PlannedOperation;
import io.devzone.gateway.planning.RootFetch;
import io.opentelemetry.context.Context;

/**
 * Pass-through, the pipeline's other last stage: an operation whose plan is one subgraph request with nothing to
 * join. What is sent is already
 * the client's selection (aliases kept, fragments and {@code @skip}/{@code @include} resolved) and the subgraph
 * has the same types, so its answer is the client's answer: passed on as the subgraph sent it, unparsed, when it
 * has no errors; otherwise the gateway maps its errors. Not when the answer may hold an enum value the client's
 * schema hides ({@link PlannedOperation#checked()}): execution checks that one.
 */
final class SingleFetch {

    private SingleFetch() {
    }

    static boolean applies(PlannedOperation planned) {
        List<RootFetch> roots = planned.plan().rootFetches();
        return roots.size() == 1 && planned.plan().entityFetches().isEmpty() && !planned.checked()
                && !roots.get(0).operation().contains(EntityFetch.HIDDEN)
                && planned.operation().getTopLevelFields().stream().noneMatch(f -> f.getFieldName().startsWith("__"));
    }

    static CompletableFuture<ExecutionResult> execute(PlannedOperation planned, Supergraph supergraph,
            SubgraphClient client, String authorization) {
        RootFetch fetch = planned.plan().rootFetches().get(0);
        return client.executeVerbatim(fetch.subgraph(), supergraph.subgraph(fetch.subgraph()).url(), fetch.operation(),
                authorization, fetch.mutation(), fetch.fields(), Context.current()).handle((response, failure) -> {
                    if (failure != null) {
                        return unavailable(planned, supergraph, SubgraphUnavailableException.from(failure, fetch.subgraph()),
                                fetch.subgraph());
                    }
                    if (response.verbatim() != null) {
                        return new VerbatimResult(response.verbatim());
                    }
                    List<GraphQLError> errors = response.errors().stream()
                            .map(error -> SubgraphErrors.toClient(fetch.subgraph(), error, ResultPath.rootPath(), 0))
                            .toList();
                    return ExecutionResultImpl.newExecutionResult().data(response.data()).errors(errors).build();
                });
    }

    /** Every root field null with its error; no data at all when one of them may not be null. */
    private static ExecutionResult unavailable(PlannedOperation planned, Supergraph supergraph,
            SubgraphUnavailableException failure, String subgraph) {
        Map<String, Object> data = new HashMap<>();
        boolean nonNull = false;
        var result = ExecutionResultImpl.newExecutionResult();
        for (ExecutableNormalizedField field : planned.operation().getTopLevelFields()) {
            data.put(field.getResultKey(), null);
            nonNull |= field.getType(supergraph.schema()) instanceof GraphQLNonNull;
            result.addError(SubgraphErrors.unavailable(failure,
                    ResultPath.rootPath().segment(field.getResultKey()), subgraph));
        }
        return result.data(nonNull ? null : data).build();
    }
}
