package io.devzone.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.devzone.gateway.testing.FakeSubgraph;
import io.devzone.gateway.testing.FakeSuite;

/**
 * GET must never write: the gateway refuses a mutation sent with GET from the operation it would run, however the
 * text starts, and the subgraph that owns the mutation never hears of it. Through the endpoint's own GET and POST
 * entry points over live subgraphs (small HTTP servers).
 */
class MutationsOverGetTest {

    private static final String RENAME = "mutation { renameEnterprise(id: \"1\", name: \"x\") { name } }";

    private FakeSuite suite;
    private GraphQLResource resource;

    @BeforeEach
    void start() throws IOException {
        suite = new FakeSuite(received -> FakeSubgraph.data(received.query().contains("renameEnterprise")
                ? Map.of("renameEnterprise", Map.of("name", "x")) : Map.of("enterprise", Map.of("id", "1"))),
                FakeSuite::nothing, FakeSuite::nothing);
        resource = new GraphQLResource(suite.manager, new PersistedQueries(), new ObjectMapper(), suite.config);
    }

    @AfterEach
    void stop() {
        suite.close();
    }

    static Stream<Arguments> mutationsOverGet() {
        return Stream.of(
                Arguments.of("plain", RENAME, null),
                Arguments.of("a leading comment", "# a comment\n" + RENAME, null),
                Arguments.of("a leading comma", "," + RENAME, null),
                Arguments.of("a leading byte-order mark", "\uFEFF" + RENAME, null),
                Arguments.of("white space and comments", "  \t\n# q\n\n , " + RENAME, null),
                Arguments.of("chosen by operationName among queries", "query Q { enterprise(id: \"1\") { id } } "
                        + "mutation M { renameEnterprise(id: \"1\", name: \"x\") { name } }", "M"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutationsOverGet")
    void aMutationSentWithGetIsRefusedAndNeverReachesItsSubgraph(String how, String query, String operationName) {
        Response response = get(query, operationName);

        assertEquals(405, response.getStatus(), how);
        assertEquals("POST", response.getHeaderString("Allow"));
        assertEquals("METHOD_NOT_ALLOWED", code(response));
        assertEquals(List.of(), suite.investment.operations(), "nothing reached the subgraph");
    }

    @Test
    void aQueryOfTheSameDocumentMayBeSentWithGet() {
        Response response = get("query Q { enterprise(id: \"1\") { id } } mutation M "
                + "{ renameEnterprise(id: \"1\", name: \"x\") { name } }", "Q");

        assertEquals(200, response.getStatus());
        assertEquals(1, suite.investment.operations().size());
        assertTrue(suite.investment.operations().get(0).query().contains("enterprise(id:\"1\")"));
        assertFalse(suite.investment.operations().get(0).query().contains("renameEnterprise"));
    }

    @Test
    void theSameMutationSentWithPostRuns() {
        Response response = resource.post(new io.devzone.gateway.execution.GraphQLRequest("# a comment\n" + RENAME,
                null, null, null), "Bearer caller", null).toCompletableFuture().join();

        assertEquals(200, response.getStatus());
        assertEquals(1, suite.investment.operations().size());
        assertTrue(suite.investment.operations().get(0).query().contains("renameEnterprise"));
    }

    @Test
    void aDocumentThatDoesNotParseRunsNothing() {
        Response response = get("mutation { renameEnterprise(id: \"1\", name: \"x\") { name }", null);

        assertEquals(200, response.getStatus());
        assertEquals("GRAPHQL_PARSE_FAILED", code(response));
        assertEquals(List.of(), suite.investment.operations());
    }

    private Response get(String query, String operationName) {
        return resource.get(query, operationName, null, null, "Bearer caller", null).toCompletableFuture().join();
    }

    @SuppressWarnings("unchecked")
    private static String code(Response response) {
        Map<String, Object> body = response.getEntity() instanceof Map<?, ?> map ? (Map<String, Object>) map
                : Map.of();
        List<Map<String, Object>> errors = (List<Map<String, Object>>) body.get("errors");
        return errors == null ? null : String.valueOf(((Map<String, Object>) errors.get(0).get("extensions")).get("code"));
    }
}
