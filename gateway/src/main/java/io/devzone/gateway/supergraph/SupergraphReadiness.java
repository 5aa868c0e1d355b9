package io.devzone.gateway.supergraph;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once a schema is composed; the details tell how each subgraph answered the last composition. */
@Readiness
@ApplicationScoped
public class SupergraphReadiness implements HealthCheck {

    private final SupergraphManager supergraphs;

    SupergraphReadiness(SupergraphManager supergraphs) {
        this.supergraphs = supergraphs;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("supergraph").status(supergraphs.current().isPresent());
        supergraphs.status().forEach((key, value) -> response.withData(key, String.valueOf(value)));
        return response.build();
    }
}
