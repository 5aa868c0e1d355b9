package io.devzone.gateway.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The gateway's own settings ({@code devzone.gateway.*} in application.properties). */
@ConfigMapping(prefix = "devzone.gateway")
public interface GatewayConfig {

    /**
     * The subgraphs configured, by name (the name shows in errors, metrics and health); one whose URL is set empty
     * is left out. None is built in: the deployment names every subgraph, here or in {@link #subgraphList()}.
     */
    Map<String, Subgraph> subgraphs();

    /**
     * The subgraphs as one list of {@code name=url}, the form one environment variable can carry
     * ({@code DEVZONE_GATEWAY_SUBGRAPH_LIST}: a variable's name cannot spell a subgraph name with a dash, such as
     * {@code party-affairs}). A subgraph also set in {@link #subgraphs()} takes the URL set there.
     */
    Optional<List<String>> subgraphList();

    /** The subgraphs to compose: name to URL, those set empty left out. */
    default Map<String, String> subgraphUrls() {
        Map<String, String> urls = new TreeMap<>();
        subgraphList().orElse(List.of()).forEach(entry -> {
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("devzone.gateway.subgraph-list: \"" + entry
                        + "\" is not name=url");
            }
            urls.put(entry.substring(0, equals).trim(), entry.substring(equals + 1).trim());
        });
        subgraphs().forEach((name, subgraph) -> urls.put(name, subgraph.url().orElse("")));
        urls.values().removeIf(String::isBlank);
        return urls;
    }

    /**
     * A supergraph SDL to serve instead of composing the subgraphs' own SDL: a file, read again when it changes,
     * or an http(s) URL, read again on the composition interval. As Apollo's {@code rover supergraph compose} and
     * Hive write it; its subgraphs are called at the URLs it names unless {@link #subgraphs()} or
     * {@link #subgraphList()} set another for that name.
     */
    Optional<String> supergraph();

    Composition composition();

    /**
     * Whether a request with the header {@code DevZone-Expose-Query-Plan: true} gets the plan it ran in its answer's
     * {@code extensions.queryPlan}: on in development and tests, off in prod, where a plan would tell any caller how
     * the subgraphs divide the schema.
     */
    @WithDefault("false")
    boolean exposeQueryPlan();

    /** How long one subgraph request may take before its fields fail with SUBGRAPH_UNAVAILABLE. */
    @WithDefault("10S")
    Duration subgraphTimeout();

    CircuitBreaker circuitBreaker();

    /**
     * Whether a query sent to a subgraph while an identical one (same subgraph, document, variables and caller's
     * credentials) is still in flight waits for that one's answer instead of being sent again.
     */
    @WithDefault("true")
    boolean deduplicateInFlight();

    Graphiql graphiql();

    TokenCache tokenCache();

    TestOnly testOnly();

    interface Subgraph {
        /** The subgraph's GraphQL endpoint; empty leaves the subgraph out. */
        Optional<String> url();
    }

    interface Composition {
        /** How often the subgraphs' SDL (or a supergraph URL) is read again and the schema recomposed. */
        @WithDefault("30S")
        Duration interval();
    }

    interface CircuitBreaker {
        /** Consecutive failures after which a subgraph is not called for {@link #openFor()}. */
        @WithDefault("5")
        int failureThreshold();

        @WithDefault("15S")
        Duration openFor();
    }

    interface TokenCache {
        /** How many verified tokens are kept; the least used go first. */
        @WithDefault("10000")
        int maxSize();

        /** How long a verified token is trusted without verifying it again, if it does not expire sooner. */
        @WithDefault("5M")
        Duration maxAge();
    }

    interface TestOnly {
        /**
         * Callers need no token and the service account asks for none: for conformance suites whose client and
         * subgraphs know no identity provider (the federation-gateway-audit). Off in every shipped profile; the
         * gateway refuses to start with it in prod ({@code TokenlessAuthorization}).
         */
        @WithDefault("false")
        boolean withoutTokens();
    }

    interface Graphiql {
        /** The realm URL as a browser reaches it (in a cluster it differs from the one the gateway uses). */
        String realmUrl();

        /** The public client the page logs in with (authorization code with PKCE). */
        @WithDefault("devzone-web")
        String clientId();
    }
}
