package io.devzone.gateway.supergraph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.devzone.gateway.config.GatewayConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * {@code devzone_gateway_subgraph_available}: 1 per configured subgraph while it is serving
 * ({@link SupergraphManager#available}), 0 while it is not; what the "subgraph down" alert watches.
 */
@ApplicationScoped
class SubgraphAvailability {

    void register(@Observes StartupEvent start, GatewayConfig config, SupergraphManager manager,
            MeterRegistry metrics) {
        config.subgraphUrls().keySet().forEach(subgraph -> Gauge
                .builder("devzone.gateway.subgraph.available", () -> manager.available(subgraph) ? 1 : 0)
                .description("Whether the subgraph answered the last composition and its circuit is closed")
                .tag("subgraph", subgraph).strongReference(true).register(metrics));
    }
}
