package io.devzone.gateway.supergraph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.devzone.gateway.composition.Subgraphs;
import io.devzone.gateway.security.TokenlessAuthorizationTest;
import io.devzone.gateway.testing.FakeSubgraph;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

/**
 * What the gateway shows on {@code /q/metrics} per subgraph, through real HTTP over live subgraphs (small HTTP
 * servers): investment answers, land drops every operation's connection. Runs without tokens (the test-only
 * setting), so the subgraphs' SDL is read without a service account.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SubgraphMetricsTest.LiveSubgraphs.class)
@TestProfile(TokenlessAuthorizationTest.WithoutTokens.class)
class SubgraphMetricsTest {

    /** The three subgraphs on real ports; land's operations fail as a dead process's would. */
    public static class LiveSubgraphs implements QuarkusTestResourceLifecycleManager {
        private List<FakeSubgraph> subgraphs;

        @Override
        public Map<String, String> start() {
            try {
                FakeSubgraph investment = new FakeSubgraph(Subgraphs.INVESTMENT,
                        received -> FakeSubgraph.data(Map.of("enterprise", Map.of("id", "1"))));
                FakeSubgraph land = new FakeSubgraph(Subgraphs.LAND, received -> {
                    throw new IllegalStateException("land drops the connection");
                });
                FakeSubgraph party = new FakeSubgraph(Subgraphs.PARTY, received -> FakeSubgraph.data(Map.of()));
                subgraphs = List.of(investment, land, party);
                return Map.of("devzone.gateway.subgraphs.investment.url", investment.url(),
                        "devzone.gateway.subgraphs.land.url", land.url(),
                        "devzone.gateway.subgraphs.party-affairs.url", party.url());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void stop() {
            subgraphs.forEach(FakeSubgraph::close);
        }
    }

    private static final Map<String, String> INVESTMENT_ANSWERED =
            Map.of("subgraph", "investment", "kind", "operation", "outcome", "success");

    @BeforeEach
    void composed() throws InterruptedException {
        // the first composition runs a second after start; readiness says when the schema is served
        for (int attempt = 0; attempt < 60 && given().get("/q/health/ready").statusCode() != 200; attempt++) {
            Thread.sleep(500);
        }
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void eachSubgraphsRequestsAreCountedByOutcomeWithLatencyBuckets() {
        String before = metrics();
        query("{ enterprise(id: \"1\") { id } }").body("data.enterprise.id", equalTo("1"));
        String after = metrics();

        assertEquals(value(before, "devzone_gateway_subgraph_requests_seconds_count", INVESTMENT_ANSWERED) + 1,
                value(after, "devzone_gateway_subgraph_requests_seconds_count", INVESTMENT_ANSWERED));
        assertEquals(value(after, "devzone_gateway_subgraph_requests_seconds_count", INVESTMENT_ANSWERED),
                value(after, "devzone_gateway_subgraph_requests_seconds_bucket", Map.of("subgraph", "investment",
                        "kind", "operation", "outcome", "success", "le", "10.0")));
        assertEquals(1, value(after, "devzone_gateway_subgraph_available", Map.of("subgraph", "investment")));
        assertTrue(value(after, "http_server_requests_seconds_bucket", Map.of("uri", "/graphql", "le", "10.0")) > 0,
                "the gateway's own requests in latency buckets");
    }

    @Test
    void aSubgraphThatKeepsFailingIsCountedAndShownUnavailable() {
        Map<String, String> unavailable = Map.of("subgraph", "land", "kind", "operation", "outcome", "unavailable");
        String before = metrics();
        assertEquals(1, value(before, "devzone_gateway_subgraph_available", Map.of("subgraph", "land")),
                "land answered its SDL and nothing has failed yet");
        // the circuit breaker's threshold in the test profile is the shipped one: five failures in a row
        for (int request = 0; request < 5; request++) {
            query("{ landParcel(id: \"1\") { id } }")
                    .body("errors[0].extensions.code", equalTo("SUBGRAPH_UNAVAILABLE"));
        }
        String after = metrics();

        assertEquals(value(before, "devzone_gateway_subgraph_requests_seconds_count", unavailable) + 5,
                value(after, "devzone_gateway_subgraph_requests_seconds_count", unavailable));
        assertEquals(0, value(after, "devzone_gateway_subgraph_available", Map.of("subgraph", "land")));
        assertEquals(1, value(after, "devzone_gateway_subgraph_available", Map.of("subgraph", "party-affairs")));
    }

    @Test
    void everyMetricTheAlertRulesNameForTheGatewayIsShown() throws IOException {
        query("{ enterprise(id: \"1\") { id } }");
        String metrics = metrics();
        List<String> missing = Files.readAllLines(Path.of("..", "k8s", "overlays", "production",
                "alerted-metrics.txt")).stream()
                .filter(line -> line.startsWith("gateway "))
                .map(line -> line.substring("gateway ".length()).trim())
                .filter(name -> !Pattern.compile("(?m)^" + name + "[{ ]").matcher(metrics).find())
                .toList();
        assertEquals(List.of(), missing);
    }

    private static ValidatableResponse query(String query) {
        return given().contentType("application/json").body(Map.of("query", query)).post("/graphql").then()
                .statusCode(200);
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sum of a metric's series that carry these labels; 0 when none does. */
    private static double value(String metrics, String name, Map<String, String> labels) {
        Matcher series = Pattern.compile("(?m)^" + name + "\\{([^}]*)} (\\S+)$").matcher(metrics);
        double sum = 0;
        while (series.find()) {
            String found = series.group(1);
            if (labels.entrySet().stream().allMatch(label -> found.contains(label.getKey() + "=\"" + label.getValue() + "\""))) {
                sum += Double.parseDouble(series.group(2));
            }
        }
        return sum;
    }
}
