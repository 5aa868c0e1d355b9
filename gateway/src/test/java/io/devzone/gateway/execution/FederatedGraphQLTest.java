package io.devzone.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;

import io.devzone.gateway.composition.Composer;
import io.devzone.gateway.composition.Subgraphs;
import io.devzone.gateway.planning.QueryPlanner;
import io.devzone.gateway.testing.FakeSubgraph;
import io.devzone.gateway.testing.FakeSuite;
import io.devzone.gateway.testing.GatewayConfigs;
import io.devzone.graphql.limits.QueryLimits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.vertx.core.Vertx;

/**
 * The pipeline end to end over fake subgraphs: a stage that refuses an operation ends it before any subgraph is
 * asked, what only execution can tell (variables, a plan that cannot be made) is answered by execution, and an
 * operation one subgraph answers whole passes through from its first request.
 */
class FederatedGraphQLTest {

    private static final String PROJECTS = "{ investmentProjects { totalItems items { name } } }";

    private FakeSuite suite;
    private FederatedGraphQL gateway;

    @BeforeEach
    void start() throws IOException {
        suite = new FakeSuite(received -> FakeSubgraph.data(Map.of("investmentProjects",
                Map.of("totalItems", 1, "items", List.of(Map.of("name", "鸿通仓储物流"))))),
                FakeSuite::nothing, FakeSuite::nothing);
        gateway = suite.gateway();
    }

    @AfterEach
    void stop() {
        suite.close();
    }

    @Test
    void textThatDoesNotParseIsRefusedWithItsSyntaxError() {
        ExecutionResult result = execute("{ investmentProjects { totalItems }", Map.of());

        assertRefused(result, ErrorType.InvalidSyntax);
    }

    @Test
    void aDocumentTheComposedSchemaDoesNotAllowIsRefusedWithItsValidationErrors() {
        ExecutionResult result = execute("{ investmentProjects { totalItems budget } }", Map.of());

        assertRefused(result, ErrorType.ValidationError);
        assertTrue(result.getErrors().get(0).getMessage().contains("budget"), result.getErrors().toString());
    }

    @Test
    void aValidOperationOverTheLimitsIsRefusedWithTheLimitsCode() {
        String deep = "{ enterprise(id: \"1\") { " + "investmentProjects { enterprise { ".repeat(6) + "name"
                + " } }".repeat(6) + " } }";

        ExecutionResult result = execute(deep, Map.of());

        assertRefused(result, null);
        assertEquals("QUERY_TOO_DEEP", result.getErrors().get(0).getExtensions().get("code"));
    }

    @Test
    void variablesThatDoNotFitAreAnsweredByExecutionBeforeAnySubgraphIsAsked() {
        ExecutionResult result = execute("query($size: Int) { investmentProjects(size: $size) { totalItems } }",
                Map.of("size", "many"));

        assertEquals(1, result.getErrors().size(), result.getErrors().toString());
        assertTrue(result.getErrors().get(0).getMessage().contains("size"), result.getErrors().toString());
        assertFalse(result.isDataPresent());
        assertEquals(List.of(), suite.investment.operations());
    }

    @Test
    void anOperationOneSubgraphAnswersWholePassesThroughFromItsFirstRequest() {
        ExecutionResult result = execute(PROJECTS, Map.of());

        VerbatimResult verbatim = assertInstanceOf(VerbatimResult.class, result);
        assertArrayEquals(suite.investment.lastBody(), verbatim.body());
        assertEquals(1, suite.investment.operations().size());
    }

    @Test
    void anOperationTheSubgraphsCannotAnswerIsRefusedWholeWithoutAnySubgraphRequest() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            FederatedGraphQL unplannable = new FederatedGraphQL(
                    new Composer(new GatewayWiring()).compose(Subgraphs.LABEL_OUT_OF_REACH),
                    new SubgraphClient(vertx, GatewayConfigs.of(Map.of(
                            "devzone.gateway.subgraphs.investment.url", suite.investment.url(),
                            "devzone.gateway.graphiql.realm-url", "http://keycloak/realms/devzone")),
                            new SimpleMeterRegistry(), OpenTelemetry.noop()),
                    new QueryPlanner(), new QueryLimits(12, 30, 2000, 32_768, 15_000));

            ExecutionResult result = unplannable.execute(new GraphQLRequest(
                    "{ investmentProjects { items { label } } }", null, Map.of(), Map.of()), "Bearer caller").join();

            assertEquals(1, result.getErrors().size(), result.getErrors().toString());
            GraphQLError error = result.getErrors().get(0);
            assertEquals("CANNOT_PLAN", error.getExtensions().get("code"));
            assertTrue(error.getMessage().contains("label"), error.getMessage());
            assertNull(error.getPath(), "a request error, as Apollo's gateway answers it");
            assertFalse(result.isDataPresent(), "nothing ran, so there is no data at all");
            assertEquals(List.of(), suite.investment.operations());
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    private void assertRefused(ExecutionResult result, ErrorType type) {
        assertEquals(1, result.getErrors().size(), result.getErrors().toString());
        if (type != null) {
            assertEquals(type, result.getErrors().get(0).getErrorType());
        }
        assertFalse(result.isDataPresent(), "a refused operation runs nothing");
        assertEquals(List.of(), suite.investment.operations(), "no subgraph was asked");
    }

    private ExecutionResult execute(String query, Map<String, Object> variables) {
        return gateway.execute(new GraphQLRequest(query, null, variables, Map.of()), "Bearer caller").join();
    }
}
