package io.devzone.gateway.execution;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.jboss.logging.Logger;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;

import io.devzone.gateway.composition.Supergraph;
import io.devzone.gateway.planning.PlanningException;

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
     * Runs the operation with its plan in {@code operation}. An operation that could not be planned runs too, so
     * that graphql-java reports why as it always has: the operation name or the variables before any field runs,
     * otherwise a planning failure at each root field.
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
        return graphQL.executeAsync(input);
    }

    /** What clients see of an unexpected failure: a reference to the log, never the exception itself. */
    private static CompletableFuture<DataFetcherExceptionHandlerResult> internalError(
            DataFetcherExceptionHandlerParameters parameters) {
        Throwable exception = parameters.getException();
        var error = GraphqlErrorBuilder.newError().path(parameters.getPath());
        if (exception instanceof PlanningException) {
            error.message(exception.getMessage()).extensions(Map.of("code", "CANNOT_PLAN"));
        } else {
            String reference = UUID.randomUUID().toString();
            LOG.errorf(exception, "Gateway failure at %s (reference %s)", parameters.getPath(), reference);
            error.message("Internal error in the gateway (reference " + reference + ").")
                    .extensions(Map.of("code", "INTERNAL", "reference", reference));
        }
        return CompletableFuture.completedFuture(
                DataFetcherExceptionHandlerResult.newResult().error(error.build()).build());
    }
}
