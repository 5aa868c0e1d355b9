package io.devzone.gateway.supergraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import graphql.schema.GraphQLObjectType;
import io.devzone.gateway.composition.Subgraphs;
import io.devzone.gateway.config.GatewayConfig;
import io.devzone.gateway.execution.FederatedGraphQL;
import io.devzone.gateway.execution.GraphQLRequest;
import io.devzone.gateway.execution.SubgraphClient;
import io.devzone.gateway.testing.GatewayConfigs;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.vertx.core.Vertx;

/**
 * The gateway's composition loop against live subgraphs (small HTTP servers answering {@code _service}), as a
 * department sees it: a field added to its subgraph appears after the next composition, with no gateway change;
 * a subgraph that is down or a composition that fails leaves the last good schema in service.
 */
class SupergraphManagerTest {

    private static final String SERVICE_ACCOUNT = "Bearer service-account";
    private static final String LAND_WITH_PLANNED_USE = Subgraphs.LAND.sdl()
            .replace("areaMu: Float }", "areaMu: Float plannedUse: String }");

    private final ObjectMapper json = new ObjectMapper();
    private final ConcurrentLinkedQueue<String> authorizations = new ConcurrentLinkedQueue<>();
    private volatile String landSdl = Subgraphs.LAND.sdl();
    private HttpServer investment;
    private HttpServer land;
    private static Vertx vertx;
    private SupergraphManager manager;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @BeforeEach
    void start() throws IOException {
        investment = subgraph(() -> Subgraphs.INVESTMENT.sdl());
        land = subgraph(() -> landSdl);
        GatewayConfig config = GatewayConfigs.of(Map.of(
                "devzone.gateway.subgraphs.investment.url", url(investment),
                "devzone.gateway.subgraphs.land.url", url(land),
                "devzone.gateway.composition.interval", "30S",
                "devzone.gateway.subgraph-timeout", "2S",
                "devzone.gateway.graphiql.realm-url", "http://keycloak/realms/devzone"));
        manager = new SupergraphManager(config, new SubgraphClient(vertx, config, new SimpleMeterRegistry(), OpenTelemetry.noop()),
                () -> SERVICE_ACCOUNT);
    }

    @AfterEach
    void stop() {
        investment.stop(0);
        land.stop(0);
    }

    @Test
    void aFieldAddedToASubgraphAppearsAfterTheNextComposition() {
        manager.tick();
        FederatedGraphQL first = manager.current().orElseThrow();
        assertNull(landParcel(first).getFieldDefinition("plannedUse"));

        landSdl = LAND_WITH_PLANNED_USE;
        manager.tick();
        assertSame(first, manager.current().orElseThrow(), "the interval has not passed yet");

        manager.recompose();
        FederatedGraphQL second = manager.current().orElseThrow();
        assertNotNull(landParcel(second).getFieldDefinition("plannedUse"));
        assertTrue(second.supergraph().sdl().contains("plannedUse: String"), second.supergraph().sdl());
        assertEquals(Map.of("composedAt", manager.status().get("composedAt"), "subgraph.investment",
                "up, circuit closed", "subgraph.land", "up, circuit closed"), manager.status());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theInputLimitsASubgraphPrintsReachClientsOfTheComposedSchema() {
        // as land-service prints them in its _service SDL (SmallRye GraphQL, from Bean Validation annotations)
        landSdl = Subgraphs.LAND.sdl() + """
                directive @constraint(format: String, max: BigInteger, maxFloat: BigDecimal, maxLength: Int, \
                min: BigInteger, minFloat: BigDecimal, minLength: Int, pattern: String) repeatable \
                on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION
                "Scalar for BigInteger"
                scalar BigInteger
                scalar BigDecimal
                input LandParcelInput {
                  areaMu: BigDecimal! @constraint(minFloat : 0.01)
                  code: String! @constraint(maxLength : 50)
                  phone: String @constraint(pattern : "\\\\+?[0-9][0-9 -]{5,19}")
                  year: Int @constraint(max : 2100) @constraint(min : 2000)
                }
                extend type Query { landParcels(size: Int @constraint(max : 200)): [LandParcel!]! }
                type Mutation { createLandParcel(input: LandParcelInput!): LandParcel }
                """;

        manager.recompose();
        FederatedGraphQL gateway = manager.current().orElseThrow();

        String sdl = gateway.supergraph().sdl();
        assertTrue(sdl.contains("repeatable on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION"), sdl);
        assertTrue(sdl.contains("areaMu: BigDecimal! @constraint(minFloat : 0.01)"), sdl);
        assertTrue(sdl.contains("code: String! @constraint(maxLength : 50)"), sdl);
        assertTrue(sdl.contains("phone: String @constraint(pattern : \"\\\\+?[0-9][0-9 -]{5,19}\")"), sdl);
        assertTrue(sdl.contains("year: Int @constraint(max : 2100) @constraint(min : 2000)"), sdl);
        assertTrue(sdl.contains("landParcels(size: Int @constraint(max : 200)): [LandParcel!]!"), sdl);
        assertTrue(sdl.contains("renameEnterprise(id: ID!, name: String!): Enterprise"), "investment's mutation\n" + sdl);
        Map<String, Object> schema = (Map<String, Object>) gateway.execute(new GraphQLRequest(
                "{ __schema { directives { name args { name } } } }", null, Map.of(), Map.of()), SERVICE_ACCOUNT)
                .join().<Map<String, Object>>getData().get("__schema");
        assertTrue(((List<Map<String, Object>>) schema.get("directives")).contains(Map.of("name", "constraint",
                "args", List.of("format", "max", "maxFloat", "maxLength", "min", "minFloat", "minLength", "pattern")
                        .stream().map(name -> Map.of("name", name)).toList())), schema.toString());
    }

    @Test
    void subgraphSdlIsReadWithTheGatewaysServiceAccount() {
        manager.recompose();
        assertEquals(List.of(SERVICE_ACCOUNT, SERVICE_ACCOUNT), List.copyOf(authorizations));
    }

    @Test
    void theLastGoodSchemaStaysWhileASubgraphIsDown() {
        manager.recompose();
        FederatedGraphQL good = manager.current().orElseThrow();
        land.stop(0);

        manager.recompose();
        assertSame(good, manager.current().orElseThrow());
        assertEquals("unreachable, circuit closed", manager.status().get("subgraph.land"));
        assertTrue(manager.status().get("lastCompositionProblems").toString().startsWith("subgraph land: unreachable"),
                manager.status().toString());
    }

    @Test
    void theLastGoodSchemaStaysWhenCompositionFailsAndTheProblemNamesSubgraphTypeAndField() {
        manager.recompose();
        FederatedGraphQL good = manager.current().orElseThrow();
        landSdl = Subgraphs.LAND.sdl().replace("{ id: ID! landParcels", "{ id: ID! name: Int landParcels");

        manager.recompose();
        assertSame(good, manager.current().orElseThrow());
        String problems = manager.status().get("lastCompositionProblems").toString();
        assertTrue(problems.matches("subgraph (land|investment): InvestmentProject\\.name has type (Int|String!) but .*"),
                problems);
    }

    @Test
    void aSubgraphWhoseUrlIsSetEmptyIsLeftOut() {
        GatewayConfig config = GatewayConfigs.of(Map.of(
                "devzone.gateway.subgraphs.investment.url", url(investment),
                "devzone.gateway.subgraphs.land.url", url(land),
                "devzone.gateway.subgraphs.party-affairs.url", "",
                "devzone.gateway.graphiql.realm-url", "http://keycloak/realms/devzone"));
        SupergraphManager withoutParty = new SupergraphManager(config,
                new SubgraphClient(vertx, config, new SimpleMeterRegistry(), OpenTelemetry.noop()), () -> SERVICE_ACCOUNT);

        withoutParty.recompose();

        assertTrue(withoutParty.current().isPresent(), withoutParty.status().toString());
        assertEquals(Set.of("composedAt", "subgraph.investment", "subgraph.land"),
                withoutParty.status().keySet());
    }

    @Test
    void aGatewayGivenNoSubgraphSaysHowToNameThem() {
        GatewayConfig config = GatewayConfigs.of(Map.of("devzone.gateway.graphiql.realm-url", "http://keycloak/realms/devzone"));
        SupergraphManager none = new SupergraphManager(config,
                new SubgraphClient(vertx, config, new SimpleMeterRegistry(), OpenTelemetry.noop()), () -> SERVICE_ACCOUNT);

        none.recompose();

        assertTrue(none.current().isEmpty());
        assertTrue(none.status().get("lastCompositionProblems").toString().startsWith("no subgraph is configured: "
                + "the deployment names them in devzone.gateway.subgraph-list"), none.status().toString());
    }

    @Test
    void nothingIsServedBeforeTheFirstComposition() {
        investment.stop(0);
        manager.tick();
        assertTrue(manager.current().isEmpty());
        assertEquals("never", manager.status().get("composedAt"));
    }

    private static GraphQLObjectType landParcel(FederatedGraphQL graphQL) {
        return (GraphQLObjectType) graphQL.supergraph().schema().getType("LandParcel");
    }

    /** A subgraph that answers every request with its current SDL, noting the caller's Authorization header. */
    private HttpServer subgraph(Supplier<String> sdl) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/graphql", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = json.writeValueAsBytes(Map.of("data", Map.of("_service", Map.of("sdl", sdl.get()))));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    private static String url(HttpServer subgraph) {
        return "http://127.0.0.1:" + subgraph.getAddress().getPort() + "/graphql";
    }
}
