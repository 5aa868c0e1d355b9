package io.devzone.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.devzone.gateway.execution.GraphQLRequest;
import io.devzone.gateway.testing.FakeSubgraph;
import io.devzone.gateway.testing.FakeSuite;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * {@code DevZone-Expose-Query-Plan: true} returns the plan an operation ran in {@code extensions.queryPlan}, as text
 * and as a tree of nodes, where the setting allows it (development and tests); otherwise the answer is as always.
 */
class QueryPlanHeaderTest {

    private static final String JOINED = "{ investmentProjects { items { name landParcels { code } } } }";
    private static final String SINGLE = "{ investmentProjects { items { name } } }";

    private FakeSuite suite;

    @AfterEach
    void stop() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theJoinedQuerysPlanComesWithItsAnswer() throws IOException {
        Map<String, Object> body = post(Map.of("devzone.gateway.expose-query-plan", "true"), JOINED, "true");

        assertNull(body.get("errors"), String.valueOf(body));
        Map<String, Object> project = ((List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) body
                .get("data")).get("investmentProjects")).get("items")).get(0);
        assertEquals(List.of(Map.of("code", "A-01")), project.get("landParcels"), "the answer is whole");
        Map<String, Object> plan = (Map<String, Object>) ((Map<String, Object>) body.get("extensions")).get("queryPlan");
        String text = (String) plan.get("text");
        assertTrue(text.startsWith("Sequence\n  Fetch(investment) "), text);
        assertTrue(text.contains("Flatten(investmentProjects.items.@)\n    Fetch(land) "), text);
        Map<String, Object> node = (Map<String, Object>) plan.get("node");
        assertEquals("Sequence", node.get("kind"));
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) node.get("nodes");
        assertEquals(List.of("Fetch", "Flatten"), nodes.stream().map(n -> n.get("kind")).toList());
        assertEquals("investment", nodes.get(0).get("subgraph"));
        assertEquals("land", ((Map<String, Object>) nodes.get(1).get("node")).get("subgraph"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAnswerPassedThroughWholeGetsItsOneFetchToo() throws IOException {
        Map<String, Object> body = post(Map.of("devzone.gateway.expose-query-plan", "true"), SINGLE, "true");

        Map<String, Object> plan = (Map<String, Object>) ((Map<String, Object>) body.get("extensions")).get("queryPlan");
        assertEquals("Fetch", ((Map<String, Object>) plan.get("node")).get("kind"));
        assertTrue(body.containsKey("data"));
    }

    @Test
    void withoutTheHeaderOrWithTheSettingOffThereIsNoPlan() throws IOException {
        assertNull(post(Map.of("devzone.gateway.expose-query-plan", "true"), JOINED, null).get("extensions"));
        suite.close();
        Map<String, Object> prod = post(Map.of(), JOINED, "true");
        assertNull(prod.get("extensions"), "off by default, as in prod");
        assertFalse(prod.toString().contains("Fetch("));
    }

    @Test
    void onlyDevelopmentAndTestsExposePlans() throws IOException {
        for (String profile : List.of("prod", "dev", "test")) {
            SmallRyeConfig shipped = new SmallRyeConfigBuilder().withProfile(profile).withSources(
                    new PropertiesConfigSource(getClass().getClassLoader().getResource("application.properties"))).build();
            assertEquals(!profile.equals("prod"), shipped.getOptionalValue("devzone.gateway.expose-query-plan",
                    Boolean.class).orElse(false), profile);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> post(Map<String, String> settings, String query, String header) throws IOException {
        // answered under the aliases the gateway's requests use for keys and entity batches
        suite = new FakeSuite(settings, received -> FakeSubgraph.data(Map.of("investmentProjects", Map.of("items",
                List.of(Map.of("_dz_typename", "InvestmentProject", "_dz_id", "p1", "name", "鸿通仓储物流"))))),
                received -> FakeSubgraph.data(Map.of("n0", List.of(Map.of("landParcels", List.of(Map.of("code",
                        "A-01")))))),
                FakeSuite::nothing);
        GraphQLResource resource = new GraphQLResource(suite.manager, new PersistedQueries(), new ObjectMapper(),
                suite.config);
        Response response = resource.post(new GraphQLRequest(query, null, null, null), "Bearer caller", header)
                .toCompletableFuture().join();
        assertEquals(200, response.getStatus());
        Object entity = response.getEntity();
        return entity instanceof byte[] bytes ? new ObjectMapper().readValue(bytes, Map.class) : (Map<String, Object>) entity;
    }
}
