package io.devzone.gateway.supergraph;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.devzone.gateway.config.GatewayConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * {@code devzone_gateway_subgraph_available}: 1 per configured subgraph while it is serving
 * ({@link SupergraphManager#available}), 0 while it is not; what the "subgraph down" alert watches.
 */
@ApplicationScoped
class SubgraphAvailability {

    private volatile List<Gauge> gauges = List.of();

    void register(@Observes StartupEvent start, GatewayConfig config, SupergraphManager manager,
            MeterRegistry metrics) {
        gauges = config.subgraphUrls().keySet().stream().map(subgraph -> Gauge
                .builder("devzone.gateway.subgraph.available", () -> manager.available(subgraph) ? 1 : 0)
                .description("Whether the subgraph answered the last composition and its circuit is closed")
                .tag("subgraph", subgraph).strongReference(true).register(metrics)).toList();
    }

    /**
     * A gauge reads this application's manager: it goes with it, so a registry that outlives the application
     * (tests restart it in one JVM) takes the next one's gauge instead of keeping this one's.
     */
    void remove(@Observes ShutdownEvent stop, MeterRegistry metrics) {
        gauges.forEach(metrics::remove);
    }
}
