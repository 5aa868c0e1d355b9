package io.devzone.gateway.execution;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.jboss.logging.Logger;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.SerializationError;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;

import io.devzone.gateway.composition.Supergraph;

/**
 * The last stage for a plan that joins subgraphs: graphql-java walks the client's selection over the composed
 * schema, and {@link FederatedDataFetcher} follows the plan made before it started (root fields from their root
 * request, other subgraphs' fields through batched {@code _entities} requests). graphql-java also answers what only
 * execution can tell: an unknown operation name, variables that do not fit, a non-null field that came back null.
 */
final class PlanExecution {

    private static final Logger LOG = Logger.getLogger(PlanExecution.class);

    private final GraphQL graphQL;

    PlanExecution(Supergraph supergraph) {
        // the pipeline has parsed, validated and limited the document already: execution is given it
        this.graphQL = GraphQL.newGraphQL(supergraph.schema())
                .preparsedDocumentProvider((input, parseAndValidate) -> CompletableFuture.completedFuture(
                        input.getGraphQLContext().get(PreparsedDocumentEntry.class)))
                .defaultDataFetcherExceptionHandler(PlanExecution::internalError)
                .build();
    }

    /**
     * Runs the operation with its plan in {@code operation}. An operation whose name or variables did not let it be
     * planned runs too, so that graphql-java reports why as it always has, before any field runs.
     */
    CompletableFuture<ExecutionResult> execute(GraphQLRequest request, Map<String, Object> variables,
            Document document, OperationContext operation) {
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(request.query())
                .operationName(request.operationName())
                .variables(variables)
                .graphQLContext(Map.of(OperationContext.class, operation,
                        PreparsedDocumentEntry.class, new PreparsedDocumentEntry(document)))
                .dataLoaderRegistry(operation.loaders())
                .build();
        return graphQL.executeAsync(input).thenApply(PlanExecution::withValueErrors);
    }

    /**
     * A value a subgraph answered that the field's type cannot hold for clients (an {@code @inaccessible} enum value,
     * a string for an Int) is the subgraph's error: coded so, and without graphql-java's message, which repeats the
     * value, hidden or not.
     */
    private static ExecutionResult withValueErrors(ExecutionResult result) {
        if (result.getErrors().stream().noneMatch(SerializationError.class::isInstance)) {
            return result;
        }
        return ExecutionResultImpl.newExecutionResult().from(result).errors(result.getErrors().stream()
                .map(error -> error instanceof SerializationError ? GraphqlErrorBuilder.newError()
                        .message("A subgraph answered a value this field cannot have for clients, so it is null.")
                        .path(error.getPath()).extensions(Map.of("code", "SUBGRAPH_ERROR")).build() : error)
                .toList()).build();
    }

    /** What clients see of an unexpected failure: a reference to the log, never the exception itself. */
    private static CompletableFuture<DataFetcherExceptionHandlerResult> internalError(
            DataFetcherExceptionHandlerParameters parameters) {
        Throwable exception = parameters.getException();
        String reference = UUID.randomUUID().toString();
        LOG.errorf(exception, "Gateway failure at %s (reference %s)", parameters.getPath(), reference);
        var error = GraphqlErrorBuilder.newError().path(parameters.getPath())
                .message("Internal error in the gateway (reference " + reference + ").")
                .extensions(Map.of("code", "INTERNAL", "reference", reference));
        return CompletableFuture.completedFuture(
                DataFetcherExceptionHandlerResult.newResult().error(error.build()).build());
    }
}
