package io.devzone.gateway.http;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.devzone.gateway.config.GatewayConfig;

/** Where the GraphiQL page logs in and what it queries; public, it holds no secret. */
@Path("/graphiql/config.json")
public class GraphiQLConfigResource {

    private final GatewayConfig config;

    GraphiQLConfigResource(GatewayConfig config) {
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> config() {
        return Map.of("realmUrl", config.graphiql().realmUrl().replaceAll("/+$", ""),
                "clientId", config.graphiql().clientId(), "endpoint", "/graphql");
    }
}
