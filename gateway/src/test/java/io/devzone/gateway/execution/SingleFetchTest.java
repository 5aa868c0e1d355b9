package io.devzone.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import io.devzone.gateway.testing.FakeSubgraph;
import io.devzone.gateway.testing.FakeSuite;

/**
 * An operation one subgraph answers whole skips graphql-java, and an answer without errors reaches
 * the client as the subgraph sent it, byte for byte; an answer with errors still has them mapped.
 */
class SingleFetchTest {

    private static final String QUERY = "{ investmentProjects { totalItems items { name } } }";

    private volatile Map<String, Object> answer;
    private FakeSuite suite;
    private FederatedGraphQL gateway;

    @BeforeEach
    void start() throws IOException {
        suite = new FakeSuite(received -> answer, FakeSuite::nothing, FakeSuite::nothing);
        gateway = suite.gateway();
    }

    @AfterEach
    void stop() {
        suite.close();
    }

    @Test
    void anAnswerWithoutErrorsReachesTheClientAsTheSubgraphSentIt() {
        answer = FakeSubgraph.data(Map.of("investmentProjects", Map.of("totalItems", 1,
                "items", List.of(Map.of("name", "鸿通仓储物流")))));
        execute(); // its plan is cached: the answer under test comes from the same plan

        ExecutionResult result = execute();

        VerbatimResult verbatim = assertInstanceOf(VerbatimResult.class, result);
        assertArrayEquals(suite.investment.lastBody(), verbatim.body());
        assertEquals(answer.get("data"), result.getData());
        assertEquals(List.of(), result.getErrors());
    }

    @Test
    void anAnswerWithErrorsHasThemMappedForTheClient() {
        answer = FakeSubgraph.data(Map.of("investmentProjects", Map.of("totalItems", 0, "items", List.of())));
        execute();
        Map<String, Object> withError = new HashMap<>();
        withError.put("data", Map.of("investmentProjects", Map.of("totalItems", 0, "items", List.of())));
        withError.put("errors", List.of(Map.of("message", "Only leaders may list these.",
                "path", List.of("investmentProjects"), "extensions", Map.of("code", "FORBIDDEN"))));
        answer = withError;

        ExecutionResult result = execute();

        assertFalse(result instanceof VerbatimResult);
        assertEquals(1, result.getErrors().size());
        Map<String, Object> error = result.getErrors().get(0).toSpecification();
        assertEquals("Only leaders may list these.", error.get("message"));
        Map<?, ?> extensions = (Map<?, ?>) error.get("extensions");
        assertEquals("FORBIDDEN", extensions.get("code"));
        assertEquals("investment", extensions.get("subgraph"));
    }

    @Test
    void anAnswerWithNullDataIsNotPassedOnAsData() {
        answer = FakeSubgraph.data(Map.of("investmentProjects", Map.of("totalItems", 0, "items", List.of())));
        execute();
        Map<String, Object> nothing = new HashMap<>();
        nothing.put("data", null);
        answer = nothing;

        ExecutionResult result = execute();

        assertFalse(result instanceof VerbatimResult);
        assertNull(result.getData());
    }

    private ExecutionResult execute() {
        return gateway.execute(new GraphQLRequest(QUERY, null, Map.of(), Map.of()), "Bearer caller").join();
    }
}
