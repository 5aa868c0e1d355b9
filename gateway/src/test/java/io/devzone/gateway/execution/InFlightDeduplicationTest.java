package io.devzone.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import io.devzone.gateway.testing.FakeSubgraph;
import io.devzone.gateway.testing.FakeSuite;
import io.micrometer.core.instrument.Counter;

/**
 * Identical subgraph queries in flight at once go out once and share the answer, over real HTTP: the subgraphs hold
 * their answer until every request under test has reached the gateway's client, so the counts do not depend on
 * timing. Never between two callers, never for a mutation, and a failure reaches every sharer alike.
 */
class InFlightDeduplicationTest {

    private static final String CALLER = "Bearer caller-token";
    private static final String OTHER_CALLER = "Bearer other-caller-token";
    private static final String JOINED = "{ investmentProjects { items { name landParcels { code } } } }";
    private static final String RENAME = "mutation { renameEnterprise(id: \"e1\", name: \"鸿通\") { name } }";
    private static final int CALLS = 8;
    private static final Map<String, Object> PROJECTS = FakeSubgraph.data(Map.of("investmentProjects",
            Map.of("items", List.of(project("p1"), project("p2")))));
    private static final Map<String, Object> JOINED_ANSWER = Map.of("investmentProjects", Map.of("items", List.of(
            Map.of("name", "project p1", "landParcels", List.of(Map.of("code", "parcel-of-p1"))),
            Map.of("name", "project p2", "landParcels", List.of(Map.of("code", "parcel-of-p2"))))));

    /** Released by the test once every request under test is in flight. */
    private final CountDownLatch investmentHeld = new CountDownLatch(1);
    private final CountDownLatch landHeld = new CountDownLatch(1);
    private volatile Map<String, Object> investmentAnswer = PROJECTS;
    private FakeSuite suite;

    @AfterEach
    void stop() {
        suite.close();
    }

    @Test
    void identicalQueriesOfOneCallerReachEachSubgraphOnceAndShareTheAnswer() throws Exception {
        suite = heldSuite();

        List<CompletableFuture<ExecutionResult>> results = executeConcurrently(JOINED, CALLER);
        assertEquals(CALLS - 1, deduplicated("investment"), "every root request but the first waits for the first");
        investmentHeld.countDown();
        eventually(() -> deduplicated("land") == CALLS - 1, "every entity request but the first waits for the first");
        landHeld.countDown();

        for (CompletableFuture<ExecutionResult> result : results) {
            assertEquals(List.of(), result.join().getErrors());
            assertEquals(JOINED_ANSWER, result.join().getData());
        }
        assertEquals(1, suite.investment.operations().size());
        assertEquals(1, suite.land.operations().size());

        suite.gateway().execute(request(JOINED), CALLER).join();
        assertEquals(2, suite.investment.operations().size(), "an answer is not kept once it is in");
    }

    @Test
    void twoCallersNeverShareARequest() throws IOException {
        suite = heldSuite();
        landHeld.countDown();

        var first = suite.gateway().execute(request(JOINED), CALLER);
        var other = suite.gateway().execute(request(JOINED), OTHER_CALLER);
        var again = suite.gateway().execute(request(JOINED), CALLER);
        assertEquals(1, deduplicated("investment"), "only the same caller's second request shares");
        investmentHeld.countDown();

        List.of(first, other, again).forEach(result -> assertEquals(JOINED_ANSWER, result.join().getData()));
        assertEquals(Set.of(CALLER, OTHER_CALLER), suite.investment.operations().stream()
                .map(FakeSubgraph.Received::authorization).collect(Collectors.toSet()));
        assertEquals(2, suite.investment.operations().size(), "one request per caller");
    }

    @Test
    void identicalMutationsAreEachSent() throws IOException {
        CountDownLatch arrived = new CountDownLatch(3);
        suite = new FakeSuite(received -> {
            arrived.countDown();
            hold(arrived); // answers once all three are in flight at the subgraph: none waited for another
            return FakeSubgraph.data(Map.of("renameEnterprise", Map.of("name", "鸿通")));
        }, FakeSuite::nothing, FakeSuite::nothing);

        List<CompletableFuture<ExecutionResult>> results = IntStream.range(0, 3)
                .mapToObj(i -> suite.gateway().execute(request(RENAME), CALLER)).toList();

        results.forEach(result -> assertEquals(Map.of("renameEnterprise", Map.of("name", "鸿通")),
                result.join().getData()));
        assertEquals(3, suite.investment.operations().size());
        assertEquals(0, deduplicated("investment"));
    }

    @Test
    void aFailedRequestFailsEverySharerWithTheSameError() throws IOException {
        investmentAnswer = Map.of("not", "a GraphQL response");
        suite = heldSuite();

        List<CompletableFuture<ExecutionResult>> results = executeConcurrently(JOINED, CALLER);
        assertEquals(CALLS - 1, deduplicated("investment"));
        investmentHeld.countDown();

        Set<Object> errors = new HashSet<>();
        for (CompletableFuture<ExecutionResult> result : results) {
            Map<String, Object> answer = result.join().toSpecification();
            assertNull(answer.get("data"), "investmentProjects may not be null: no data at all");
            List<?> own = (List<?>) answer.get("errors");
            assertEquals(1, own.size());
            Map<?, ?> error = (Map<?, ?>) own.get(0);
            assertEquals(List.of("investmentProjects"), error.get("path"));
            assertEquals("SUBGRAPH_UNAVAILABLE", ((Map<?, ?>) error.get("extensions")).get("code"));
            assertEquals("investment", ((Map<?, ?>) error.get("extensions")).get("subgraph"));
            errors.add(error);
        }
        assertEquals(1, errors.size(), "every sharer gets the same error");
        assertEquals(1, suite.investment.operations().size());
    }

    @Test
    void switchedOffEveryQueryIsSent() throws IOException {
        CountDownLatch arrived = new CountDownLatch(CALLS);
        suite = new FakeSuite(Map.of("devzone.gateway.deduplicate-in-flight", "false"), received -> {
            arrived.countDown();
            hold(arrived);
            return PROJECTS;
        }, received -> FakeSubgraph.entities(received, InFlightDeduplicationTest::parcels), FakeSuite::nothing);

        executeConcurrently(JOINED, CALLER).forEach(result -> assertEquals(JOINED_ANSWER, result.join().getData()));
        assertEquals(CALLS, suite.investment.operations().size());
        assertEquals(0, deduplicated("investment"));
    }

    /** Investment and land answer only once the test releases them. */
    private FakeSuite heldSuite() throws IOException {
        return new FakeSuite(received -> {
            hold(investmentHeld);
            return investmentAnswer;
        }, received -> {
            hold(landHeld);
            return FakeSubgraph.entities(received, InFlightDeduplicationTest::parcels);
        }, FakeSuite::nothing);
    }

    private List<CompletableFuture<ExecutionResult>> executeConcurrently(String query, String caller) {
        return IntStream.range(0, CALLS).mapToObj(i -> suite.gateway().execute(request(query), caller)).toList();
    }

    private double deduplicated(String subgraph) {
        Counter counter = suite.metrics.find("devzone.gateway.subgraph.requests.deduplicated")
                .tag("subgraph", subgraph).counter();
        return counter == null ? 0 : counter.count();
    }

    private static GraphQLRequest request(String query) {
        return new GraphQLRequest(query, null, Map.of(), Map.of());
    }

    private static Map<String, Object> project(String id) {
        return Map.of("name", "project " + id, "_dz_typename", "InvestmentProject", "_dz_id", id);
    }

    private static Map<String, Object> parcels(String projectId) {
        return Map.of("landParcels", List.of(Map.of("code", "parcel-of-" + projectId)));
    }

    /** Waits for the latch, at most long enough for a failing test to end rather than hang. */
    private static void hold(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void eventually(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail(what);
            }
            Thread.sleep(5);
        }
    }
}
