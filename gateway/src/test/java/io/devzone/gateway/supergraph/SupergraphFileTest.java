package io.devzone.gateway.supergraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import graphql.ExecutionResult;
import graphql.schema.GraphQLObjectType;
import io.devzone.gateway.composition.Subgraphs;
import io.devzone.gateway.config.GatewayConfig;
import io.devzone.gateway.execution.FederatedGraphQL;
import io.devzone.gateway.execution.GraphQLRequest;
import io.devzone.gateway.execution.SubgraphClient;
import io.devzone.gateway.testing.FakeSubgraph;
import io.devzone.gateway.testing.GatewayConfigs;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.vertx.core.Vertx;

/**
 * The gateway served from a supergraph SDL file, as Apollo's composition wrote it for DevZone's subgraphs: it
 * answers joined queries at the subgraphs the deployment names, is read again when the file changes, and a bad new
 * file leaves the last good schema in service; likewise from a URL. Also: which subgraphs the gateway composes is the deployment's alone.
 */
class SupergraphFileTest {

    private static final String TOKEN = "Bearer zhang.wei";

    @TempDir
    Path folder;
    private Path file;
    private final Vertx vertx = Vertx.vertx();
    private FakeSubgraph investment;
    private FakeSubgraph party;

    @BeforeEach
    void start() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/supergraph/devzone.graphql.snap")) {
            file = Files.writeString(folder.resolve("supergraph.graphql"),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        investment = new FakeSubgraph(Subgraphs.INVESTMENT, received -> FakeSubgraph.data(Map.of("enterprise",
                Map.of("_dz_typename", "Enterprise", "_dz_id", "7", "name", "鸿通仓储物流"))));
        party = new FakeSubgraph(Subgraphs.PARTY, received -> FakeSubgraph.entities(received, id -> Map.of(
                "__typename", "Enterprise", "partyActivities", List.of(Map.of("title", "主题党日 " + id)))));
    }

    @AfterEach
    void stop() {
        investment.close();
        party.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aJoinedQueryIsAnsweredByTheSubgraphsTheSupergraphNamesAtTheUrlsConfigured() {
        SupergraphManager manager = manager(Map.of("devzone.gateway.subgraphs.investment.url", investment.url(),
                "devzone.gateway.subgraphs.party-affairs.url", party.url()));
        manager.tick();
        FederatedGraphQL gateway = manager.current().orElseThrow(() -> new AssertionError(manager.status()));

        ExecutionResult result = gateway.execute(new GraphQLRequest(
                "{ enterprise(id: \"7\") { name partyActivities { title } } }", null, Map.of(), Map.of()), TOKEN)
                .join();

        assertEquals(List.of(), result.getErrors());
        assertEquals(Map.of("enterprise", Map.of("name", "鸿通仓储物流",
                "partyActivities", List.of(Map.of("title", "主题党日 7")))), result.getData());
        assertEquals(1, investment.operations().size());
        assertEquals(List.of(TOKEN), party.operations().stream().map(FakeSubgraph.Received::authorization).toList());
        assertEquals("from supergraph " + file + ", circuit closed", manager.status().get("subgraph.land"));
    }

    @Test
    void aChangedFileIsReadAgainAndABadOneLeavesTheLastGoodSchema() throws IOException {
        SupergraphManager manager = manager(Map.of());
        manager.tick();
        FederatedGraphQL first = manager.current().orElseThrow(() -> new AssertionError(manager.status()));
        assertNull(enterprise(first).getFieldDefinition("founded"));

        manager.tick();
        assertSame(first, manager.current().orElseThrow(), "unchanged: nothing read again");

        rewrite(sdl -> sdl.replace("  name: String! @join__field(graph: INVESTMENT)\n",
                "  name: String! @join__field(graph: INVESTMENT)\n  founded: Int @join__field(graph: INVESTMENT)\n"), 1);
        manager.tick();
        FederatedGraphQL second = manager.current().orElseThrow();
        assertNotSame(first, second);
        assertNotNull(enterprise(second).getFieldDefinition("founded"));

        rewrite(sdl -> sdl.replace("type Enterprise\n  @join__type(graph: INVESTMENT, key: \"id\")\n",
                "type Enterprise\n  @join__type(graph: INVESTMENT, key: \"id\", isInterfaceObject: true)\n"), 2);
        manager.tick();
        assertSame(second, manager.current().orElseThrow());
        assertEquals("subgraph investment: Enterprise is an @interfaceObject but no subgraph defines interface "
                + "Enterprise", manager.status().get("lastCompositionProblems"));
    }

    @Test
    void aSupergraphUrlIsReadAndOneThatFailsLeavesTheLastGoodSchema() throws IOException {
        byte[] sdl = Files.readAllBytes(file);
        int[] status = { 200 };
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/supergraph.graphql", exchange -> {
            exchange.sendResponseHeaders(status[0], status[0] == 200 ? sdl.length : -1);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(status[0] == 200 ? sdl : new byte[0]);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/supergraph.graphql";
            SupergraphManager manager = manager(Map.of("devzone.gateway.supergraph", url));
            manager.recompose();
            FederatedGraphQL good = manager.current().orElseThrow(() -> new AssertionError(manager.status()));
            assertNotNull(enterprise(good).getFieldDefinition("partyActivities"));

            status[0] = 503;
            manager.recompose();
            assertSame(good, manager.current().orElseThrow());
            assertEquals("supergraph " + url + ": unreadable (HTTP 503)",
                    manager.status().get("lastCompositionProblems"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theSubgraphsAreTheDeploymentsAloneAndOneRemovedByConfigurationIsLeftOut() throws IOException {
        Properties shipped = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            shipped.load(in);
        }
        assertEquals(List.of(), shipped.stringPropertyNames().stream()
                .filter(name -> name.startsWith("devzone.gateway.subgraphs.")).toList(), "no subgraph is built in");
        assertEquals("", shipped.getProperty("devzone.gateway.subgraph-list"), "no subgraph is built in");

        GatewayConfig config = GatewayConfigs.of(Map.of(
                "devzone.gateway.subgraph-list", "investment=http://i/graphql,land=http://l/graphql,"
                        + "party-affairs=http://p/graphql,markets=http://m/graphql",
                "devzone.gateway.subgraphs.land.url", "",
                "devzone.gateway.subgraphs.investment.url", "http://investment:8081/graphql",
                "devzone.gateway.graphiql.realm-url", "http://keycloak/realms/devzone"));
        assertEquals(Map.of("investment", "http://investment:8081/graphql", "party-affairs", "http://p/graphql",
                "markets", "http://m/graphql"), config.subgraphUrls());

        // composed from the subgraphs the list names, land removed: nothing of land's is asked for or served
        GatewayConfig withoutLand = GatewayConfigs.of(Map.of(
                "devzone.gateway.subgraph-list", "investment=" + investment.url()
                        + ",land=http://127.0.0.1:1/graphql,party-affairs=" + party.url(),
                "devzone.gateway.subgraphs.land.url", "",
                "devzone.gateway.graphiql.realm-url", "http://keycloak/realms/devzone"));
        SupergraphManager manager = new SupergraphManager(withoutLand,
                new SubgraphClient(vertx, withoutLand, new SimpleMeterRegistry(), OpenTelemetry.noop()), () -> "Bearer service-account");
        manager.recompose();
        FederatedGraphQL gateway = manager.current().orElseThrow(() -> new AssertionError(manager.status()));
        assertNull(gateway.supergraph().schema().getType("LandParcel"));
        assertNotNull(gateway.supergraph().schema().getType("PartyActivity"));
        assertEquals(List.of("composedAt", "subgraph.investment", "subgraph.party-affairs"),
                List.copyOf(manager.status().keySet()));
    }

    private SupergraphManager manager(Map<String, String> settings) {
        Map<String, String> properties = new HashMap<>(settings);
        properties.putIfAbsent("devzone.gateway.supergraph", file.toString());
        properties.put("devzone.gateway.graphiql.realm-url", "http://keycloak/realms/devzone");
        GatewayConfig config = GatewayConfigs.of(properties);
        return new SupergraphManager(config, new SubgraphClient(vertx, config, new SimpleMeterRegistry(), OpenTelemetry.noop()),
                () -> {
                    throw new AssertionError("a supergraph file is read without the service account");
                });
    }

    /** Rewrites the file with a modification time {@code seconds} later than now, as an editor or a deploy would. */
    private void rewrite(java.util.function.UnaryOperator<String> change, int seconds) throws IOException {
        Files.writeString(file, change.apply(Files.readString(file)));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(seconds)));
    }

    private static GraphQLObjectType enterprise(FederatedGraphQL gateway) {
        return (GraphQLObjectType) gateway.supergraph().schema().getType("Enterprise");
    }
}
