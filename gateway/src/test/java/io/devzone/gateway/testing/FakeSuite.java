package io.devzone.gateway.testing;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import io.devzone.gateway.composition.Subgraphs;
import io.devzone.gateway.config.GatewayConfig;
import io.devzone.gateway.execution.FederatedGraphQL;
import io.devzone.gateway.execution.SubgraphClient;
import io.devzone.gateway.supergraph.SupergraphManager;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.vertx.core.Vertx;

/**
 * The gateway composed once over DevZone's three subgraphs as {@link FakeSubgraph}s on real ports, each answering
 * with its test's handler: where an execution test starts.
 */
public final class FakeSuite implements AutoCloseable {

    public final FakeSubgraph investment;
    public final FakeSubgraph land;
    public final FakeSubgraph party;
    public final SupergraphManager manager;
    public final GatewayConfig config;
    /** The gateway's meters, as /q/metrics would show them. */
    public final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final Vertx vertx = Vertx.vertx();

    public FakeSuite(Function<FakeSubgraph.Received, Map<String, Object>> investment,
            Function<FakeSubgraph.Received, Map<String, Object>> land,
            Function<FakeSubgraph.Received, Map<String, Object>> party) throws IOException {
        this(Map.of(), investment, land, party);
    }

    /** With these gateway settings over the defaults. */
    public FakeSuite(Map<String, String> settings, Function<FakeSubgraph.Received, Map<String, Object>> investment,
            Function<FakeSubgraph.Received, Map<String, Object>> land,
            Function<FakeSubgraph.Received, Map<String, Object>> party) throws IOException {
        this(settings, OpenTelemetry.noop(), investment, land, party);
    }

    /** With these gateway settings over the defaults, tracing subgraph fetches with {@code telemetry}. */
    public FakeSuite(Map<String, String> settings, OpenTelemetry telemetry,
            Function<FakeSubgraph.Received, Map<String, Object>> investment,
            Function<FakeSubgraph.Received, Map<String, Object>> land,
            Function<FakeSubgraph.Received, Map<String, Object>> party) throws IOException {
        this.investment = new FakeSubgraph(Subgraphs.INVESTMENT, investment);
        this.land = new FakeSubgraph(Subgraphs.LAND, land);
        this.party = new FakeSubgraph(Subgraphs.PARTY, party);
        Map<String, String> properties = new HashMap<>(settings);
        properties.putAll(Map.of(
                "devzone.gateway.subgraphs.investment.url", this.investment.url(),
                "devzone.gateway.subgraphs.land.url", this.land.url(),
                "devzone.gateway.subgraphs.party-affairs.url", this.party.url(),
                "devzone.gateway.graphiql.realm-url", "http://keycloak/realms/devzone"));
        config = GatewayConfigs.of(properties);
        manager = new SupergraphManager(config, new SubgraphClient(vertx, config, metrics, telemetry),
                () -> "Bearer service-account");
        manager.recompose();
    }

    /** The composed schema's execution. */
    public FederatedGraphQL gateway() {
        return manager.current().orElseThrow();
    }

    /** A handler for a subgraph the test does not look at. */
    public static Map<String, Object> nothing(FakeSubgraph.Received received) {
        return FakeSubgraph.data(Map.of());
    }

    @Override
    public void close() {
        investment.close();
        land.close();
        party.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
