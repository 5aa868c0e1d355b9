package io.devzone.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import io.devzone.gateway.testing.FakeSubgraph;
import io.devzone.gateway.testing.FakeSuite;

/**
 * A query joining three subgraphs against live (fake) subgraphs: one request per subgraph whatever the number of
 * parents, the caller's token on each, and the two entity fetches that depend only on the root response sent
 * together, though they sit at different levels of the query — land does not answer until party-affairs has
 * been asked, so fetching them one after the other would show up as a missed rendezvous.
 */
class EntityFetchParallelismTest {

    private static final String CALLER = "Bearer caller-token";

    private final CountDownLatch partyAsked = new CountDownLatch(1);
    private volatile boolean landWaitedForParty;
    private FakeSuite suite;
    private FederatedGraphQL gateway;

    @BeforeEach
    void start() throws IOException {
        suite = new FakeSuite(received -> FakeSubgraph.data(Map.of("investmentProjects",
                Map.of("items", List.of(project("p1", "e1"), project("p2", "e1"), project("p3", "e2"))))), received -> {
            try {
                landWaitedForParty = partyAsked.await(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return FakeSubgraph.entities(received, id -> Map.of("landParcels", List.of(Map.of("code", "parcel-of-" + id))));
        }, received -> {
            partyAsked.countDown();
            return FakeSubgraph.entities(received, id -> Map.of("partyActivities", List.of(Map.of("title", "activity-of-" + id))));
        });
        gateway = suite.gateway();
    }

    @AfterEach
    void stop() {
        suite.close();
    }

    @Test
    void independentEntityFetchesRunTogetherOnePerSubgraphWithTheCallersToken() {
        ExecutionResult result = gateway.execute(new GraphQLRequest("""
                { investmentProjects { items { name landParcels { code } enterprise { name partyActivities { title } } } } }""",
                null, Map.of(), Map.of()), CALLER).join();

        assertEquals(List.of(), result.getErrors());
        Map<String, Object> data = result.getData();
        assertEquals(Map.of("investmentProjects", Map.of("items", List.of(
                joined("p1", "e1"), joined("p2", "e1"), joined("p3", "e2")))), data);
        assertTrue(landWaitedForParty, "land was asked, and kept waiting, before party-affairs was asked");
        assertEquals(1, suite.investment.operations().size());
        assertEquals(1, suite.land.operations().size(), "one land request for three projects");
        assertEquals(1, suite.party.operations().size(), "one party-affairs request for two enterprises");
        List<FakeSubgraph.Received> all = new ArrayList<>(suite.investment.operations());
        all.addAll(suite.land.operations());
        all.addAll(suite.party.operations());
        all.forEach(received -> assertEquals(CALLER, received.authorization(), received.query()));
        assertEquals(2, ((List<?>) suite.party.operations().get(0).variables().values().iterator().next()).size(),
                "e1 is asked for once, though two projects share it");
    }

    private static Map<String, Object> project(String id, String enterprise) {
        return Map.of("name", "project " + id, "_dz_typename", "InvestmentProject", "_dz_id", id,
                "enterprise", Map.of("name", "enterprise " + enterprise, "_dz_typename", "Enterprise",
                        "_dz_id", enterprise));
    }

    private static Map<String, Object> joined(String id, String enterprise) {
        return Map.of("name", "project " + id, "landParcels", List.of(Map.of("code", "parcel-of-" + id)),
                "enterprise", Map.of("name", "enterprise " + enterprise,
                        "partyActivities", List.of(Map.of("title", "activity-of-" + enterprise))));
    }
}
