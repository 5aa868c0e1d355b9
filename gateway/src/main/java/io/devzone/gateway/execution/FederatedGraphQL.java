package io.devzone.gateway.execution;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLException;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;

import io.devzone.gateway.composition.Supergraph;
import io.devzone.gateway.document.CheckedDocument;
import io.devzone.gateway.document.OperationParser;
import io.devzone.gateway.document.OperationValidator;
import io.devzone.gateway.planning.PlannedOperation;
import io.devzone.gateway.planning.PlanningException;
import io.devzone.gateway.planning.QueryPlan;
import io.devzone.gateway.planning.QueryPlanner;
import io.devzone.graphql.limits.QueryLimits;

/**
 * The gateway's pipeline over one composed schema: parse → validate → limit → plan → pass through or execute.
 * Each stage is its own class; this one only runs them in order and keeps two caches: the checked document by query
 * text (a refusal is cached too), and the plan by document, operation name and variables, so a repeated operation
 * goes straight to its subgraph requests.
 */
public final class FederatedGraphQL {

    private static final Logger LOG = Logger.getLogger(FederatedGraphQL.class);
    private static final int CACHED = 2_000;

    private final Supergraph supergraph;
    private final SubgraphClient client;
    private final OperationParser parser;
    private final OperationValidator validator;
    private final QueryLimits limits;
    private final QueryPlanner planner;
    private final PlanExecution execution;
    private final Cache<String, CheckedDocument> documents = Caffeine.newBuilder().maximumSize(CACHED).build();
    private final Cache<PlanKey, PlannedOperation> plans = Caffeine.newBuilder().maximumSize(CACHED).build();

    public FederatedGraphQL(Supergraph supergraph, SubgraphClient client, QueryPlanner planner, QueryLimits limits) {
        this.supergraph = supergraph;
        this.client = client;
        this.parser = new OperationParser(limits);
        this.validator = new OperationValidator(supergraph.schema());
        this.limits = limits;
        this.planner = planner;
        this.execution = new PlanExecution(supergraph);
    }

    public Supergraph supergraph() {
        return supergraph;
    }

    /** Runs one operation with the caller's {@code Authorization} header value forwarded to every subgraph. */
    public CompletableFuture<ExecutionResult> execute(GraphQLRequest request, String authorization) {
        CheckedDocument document = documents.get(request.query(), this::check);
        if (!document.isAccepted()) {
            return CompletableFuture.completedFuture(new ExecutionResultImpl(List.copyOf(document.errors())));
        }
        Map<String, Object> variables = request.variables() == null ? Map.of() : request.variables();
        PlannedOperation planned;
        try {
            planned = plan(document.document(), request.operationName(), variables);
        } catch (PlanningException unplannable) {
            // as Apollo's gateway: what the subgraphs cannot answer runs nothing, so the answer has no data at all
            return CompletableFuture.completedFuture(new ExecutionResultImpl(List.of(GraphqlErrorBuilder.newError()
                    .message(unplannable.getMessage()).extensions(Map.of("code", "CANNOT_PLAN")).build())));
        } catch (RuntimeException unplanned) {
            return execution.execute(request, variables, document.document(),
                    OperationContext.unplanned(supergraph, client, authorization, unplanned));
        }
        if (SingleFetch.applies(planned)) {
            return SingleFetch.execute(planned, supergraph, client, authorization);
        }
        return execution.execute(request, variables, document.document(),
                OperationContext.of(supergraph, client, authorization, planned));
    }

    /** The plan this request runs, as {@link #execute} finds it; none for a request refused or not planned. */
    public Optional<QueryPlan> planOf(GraphQLRequest request) {
        CheckedDocument document = documents.get(request.query(), this::check);
        if (!document.isAccepted()) {
            return Optional.empty();
        }
        try {
            return Optional.of(plan(document.document(), request.operationName(),
                    request.variables() == null ? Map.of() : request.variables()).plan());
        } catch (RuntimeException unplanned) {
            return Optional.empty();
        }
    }

    /**
     * Whether the operation this request would run is a mutation, decided on the parsed document and the operation
     * name as execution selects them (a comment, a comma or a byte-order mark before {@code mutation}, or a
     * mutation chosen by {@code operationName} among queries, all count). A request that does not parse, validate
     * or name an operation of its document runs nothing: it is not a mutation, and execution answers its errors.
     */
    public boolean runsMutation(GraphQLRequest request) {
        CheckedDocument document = documents.get(request.query(), this::check);
        if (!document.isAccepted()) {
            return false;
        }
        try {
            return NodeUtil.getOperation(document.document(), request.operationName()).operationDefinition
                    .getOperation() != OperationDefinition.Operation.QUERY;
        } catch (GraphQLException unknownOperation) {
            return false;
        }
    }

    /** Parse, validate, limit: the first stage that refuses the query text ends it. */
    private CheckedDocument check(String query) {
        CheckedDocument parsed = parser.parse(query);
        if (!parsed.isAccepted()) {
            return parsed;
        }
        CheckedDocument valid = validator.validate(parsed);
        if (!valid.isAccepted()) {
            return valid;
        }
        return limits.check(valid.document())
                .map(tooCostly -> CheckedDocument.refused(valid.document(), List.of(tooCostly)))
                .orElse(valid);
    }

    private PlannedOperation plan(Document document, String operationName, Map<String, Object> variables) {
        return plans.get(new PlanKey(document, operationName, variables), key -> {
            PlannedOperation planned = planner.plan(supergraph, key.document(), key.operationName(), key.variables());
            LOG.debugf("Planned %s:%n%s", operationName == null ? "an operation" : operationName, planned.plan());
            return planned;
        });
    }

    /** Documents are compared by identity: the cached document is the one every execution of a query uses. */
    private record PlanKey(Document document, String operationName, Map<String, Object> variables) {
    }
}
