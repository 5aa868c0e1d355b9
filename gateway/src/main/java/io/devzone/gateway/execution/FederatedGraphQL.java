package io.devzone.gateway.execution;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLException;
import graphql.GraphqlErrorBuilder;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.execution.RawVariables;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import graphql.parser.ParserOptions;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.DataFetchingEnvironment;

import io.devzone.gateway.composition.Supergraph;
import io.devzone.gateway.planning.PlanningException;
import io.devzone.gateway.planning.QueryPlanner;
import io.devzone.graphql.limits.QueryLimits;

/**
 * Executes client operations against one composed schema. Parsed-and-validated documents are cached by query
 * text, and plans by document, operation name and variables, so a repeated operation goes straight to its
 * subgraph requests.
 */
public final class FederatedGraphQL {

    private static final Logger LOG = Logger.getLogger(FederatedGraphQL.class);
    private static final int CACHED = 2_000;

    private final Supergraph supergraph;
    private final SubgraphClient client;
    private final QueryPlanner planner;
    private final QueryLimits limits;
    private final GraphQL graphQL;
    private final Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder().maximumSize(CACHED).build();
    private final Cache<PlanKey, PlannedOperation> plans = Caffeine.newBuilder().maximumSize(CACHED).build();

    public FederatedGraphQL(Supergraph supergraph, SubgraphClient client, QueryPlanner planner, QueryLimits limits) {
        this.supergraph = supergraph;
        this.client = client;
        this.planner = planner;
        this.limits = limits;
        this.graphQL = GraphQL.newGraphQL(supergraph.schema())
                .preparsedDocumentProvider((input, parseAndValidate) -> CompletableFuture.completedFuture(
                        document(input)))
                .defaultDataFetcherExceptionHandler(FederatedGraphQL::internalError)
                .build();
    }

    public Supergraph supergraph() {
        return supergraph;
    }

    /** Runs one operation with the caller's {@code Authorization} header value forwarded to every subgraph. */
    public CompletableFuture<ExecutionResult> execute(GraphQLRequest request, String authorization) {
        Map<String, Object> variables = request.variables() == null ? Map.of() : request.variables();
        PlannedOperation single = singleFetch(request, variables);
        if (single != null) {
            return SingleFetch.execute(single, supergraph, client, authorization);
        }
        OperationContext operation = new OperationContext(supergraph, client, authorization,
                env -> plan(env, variables));
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(request.query())
                .operationName(request.operationName())
                .variables(variables)
                .graphQLContext(Map.of(OperationContext.class, operation, ParserOptions.class, limits.parserOptions()))
                .dataLoaderRegistry(operation.loaders())
                .build();
        return graphQL.executeAsync(input);
    }

    /**
     * Whether the operation this request would run is a mutation, decided on the parsed document and the operation
     * name as execution selects them (a comment, a comma or a byte-order mark before {@code mutation}, or a
     * mutation chosen by {@code operationName} among queries, all count). A request that does not parse, validate
     * or name an operation of its document runs nothing: it is not a mutation, and execution answers its errors.
     */
    public boolean runsMutation(GraphQLRequest request) {
        PreparsedDocumentEntry entry = document(ExecutionInput.newExecutionInput(request.query())
                .graphQLContext(Map.of(ParserOptions.class, limits.parserOptions())).build());
        if (entry.hasErrors()) {
            return false;
        }
        try {
            return NodeUtil.getOperation(entry.getDocument(), request.operationName()).operationDefinition
                    .getOperation() != OperationDefinition.Operation.QUERY;
        } catch (GraphQLException unknownOperation) {
            return false;
        }
    }

    /** The query parsed, validated and checked against the limits, once per query text. */
    private PreparsedDocumentEntry document(ExecutionInput input) {
        return documents.get(input.getQuery(), query -> {
            ParseAndValidateResult parsed = ParseAndValidate.parseAndValidate(supergraph.schema(), input);
            if (parsed.isFailure()) {
                return parsed.getSyntaxException() != null
                        ? new PreparsedDocumentEntry(parsed.getSyntaxException().toInvalidSyntaxError())
                        : new PreparsedDocumentEntry(parsed.getDocument(), parsed.getValidationErrors());
            }
            return limits.check(parsed.getDocument()).map(PreparsedDocumentEntry::new)
                    .orElseGet(() -> new PreparsedDocumentEntry(parsed.getDocument()));
        });
    }

    /**
     * The plan of a valid operation seen before, if one subgraph request answers it whole ({@link SingleFetch});
     * anything else (a new or invalid operation, bad variables) takes the full execution, which reports it.
     */
    private PlannedOperation singleFetch(GraphQLRequest request, Map<String, Object> variables) {
        PreparsedDocumentEntry entry = documents.getIfPresent(request.query());
        if (entry == null || entry.hasErrors()) {
            return null;
        }
        try {
            PlannedOperation planned = plan(entry.getDocument(), request.operationName(), variables);
            return SingleFetch.applies(planned) ? planned : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private PlannedOperation plan(DataFetchingEnvironment env, Map<String, Object> variables) {
        return plan(env.getDocument(), env.getOperationDefinition().getName(), variables);
    }

    /** The client's own (raw) variables: arguments are sent to subgraphs as the client wrote them. */
    private PlannedOperation plan(Document document, String operationName, Map<String, Object> variables) {
        return plans.get(new PlanKey(document, operationName, variables), k -> {
            ExecutableNormalizedOperation operation = ExecutableNormalizedOperationFactory
                    .createExecutableNormalizedOperationWithRawVariables(supergraph.schema(), k.document(),
                            k.operationName(), RawVariables.of(k.variables()));
            PlannedOperation planned = new PlannedOperation(operation, planner.plan(supergraph, operation));
            LOG.debugf("Planned %s:%n%s", k.operationName() == null ? "an operation" : k.operationName(),
                    planned.plan());
            return planned;
        });
    }

    /** What clients see of an unexpected failure: a reference to the log, never the exception itself. */
    private static CompletableFuture<DataFetcherExceptionHandlerResult> internalError(
            graphql.execution.DataFetcherExceptionHandlerParameters parameters) {
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

    /** Documents are compared by identity: the cached document is the one every execution of a query uses. */
    private record PlanKey(Document document, String operationName, Map<String, Object> variables) {
    }
}
