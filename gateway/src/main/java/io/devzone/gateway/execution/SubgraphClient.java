package io.devzone.gateway.execution;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.devzone.gateway.config.GatewayConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

/**
 * Sends GraphQL requests to subgraphs: non-blocking, with a timeout and a circuit breaker per subgraph, and a
 * timer per subgraph and outcome ({@code devzone_gateway_subgraph_requests_seconds}).
 */
@ApplicationScoped
public class SubgraphClient {

    private static final Logger LOG = Logger.getLogger(SubgraphClient.class);

    /** Exact decimals (money) pass through as BigDecimal, never as a rounded double. */
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final WebClient http;
    private final GatewayConfig config;
    private final MeterRegistry metrics;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public SubgraphClient(Vertx vertx, GatewayConfig config, MeterRegistry metrics) {
        this.http = WebClient.create(vertx, new WebClientOptions().setKeepAlive(true).setMaxPoolSize(64)
                .setHttp2MaxPoolSize(64));
        this.config = config;
        this.metrics = metrics;
    }

    @PreDestroy
    void close() {
        http.close();
    }

    /**
     * Posts one operation. Completes with the subgraph's GraphQL response (data and errors as sent), or fails with
     * {@link SubgraphUnavailableException} when there is none.
     */
    public CompletableFuture<SubgraphResponse> execute(String subgraph, String url, String query,
            Map<String, Object> variables, String authorization) {
        return send(subgraph, url, query, variables, authorization, "operation");
    }

    /** Reads a subgraph's SDL; counted apart from client operations ({@code kind="composition"}). */
    public CompletableFuture<SubgraphResponse> executeForComposition(String subgraph, String url, String query,
            String authorization) {
        return send(subgraph, url, query, Map.of(), authorization, "composition");
    }

    private CompletableFuture<SubgraphResponse> send(String subgraph, String url, String query,
            Map<String, Object> variables, String authorization, String kind) {
        // Composition polls subgraphs that may still be starting: it neither trips nor heeds the breaker.
        boolean operation = kind.equals("operation");
        CircuitBreaker breaker = breaker(subgraph);
        if (operation && !breaker.tryAcquire()) {
            record(subgraph, kind, "rejected", 0);
            return CompletableFuture.failedFuture(SubgraphUnavailableException.of(subgraph));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        if (variables != null && !variables.isEmpty()) {
            body.put("variables", variables);
        }
        Buffer payload;
        try {
            payload = Buffer.buffer(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            return CompletableFuture.failedFuture(e);
        }
        long started = System.nanoTime();
        CompletableFuture<SubgraphResponse> result = new CompletableFuture<>();
        var request = http.postAbs(url).timeout(config.subgraphTimeout().toMillis())
                .putHeader(HttpHeaders.CONTENT_TYPE.toString(), "application/json")
                .putHeader(HttpHeaders.ACCEPT.toString(), "application/json");
        if (authorization != null) {
            request.putHeader(HttpHeaders.AUTHORIZATION.toString(), authorization);
        }
        request.sendBuffer(payload).onComplete(outcome -> {
            long elapsed = System.nanoTime() - started;
            if (outcome.failed()) {
                LOG.logf(operation ? Logger.Level.WARN : Logger.Level.DEBUG, "Subgraph %s did not answer: %s",
                        subgraph, outcome.cause().toString());
                if (operation) {
                    breaker.onFailure();
                }
                record(subgraph, kind, "unavailable", elapsed);
                result.completeExceptionally(SubgraphUnavailableException.of(subgraph));
                return;
            }
            try {
                SubgraphResponse response = read(subgraph, outcome.result());
                if (operation) {
                    breaker.onSuccess();
                }
                record(subgraph, kind, response.errors().isEmpty() ? "success" : "errors", elapsed);
                result.complete(response);
            } catch (SubgraphUnavailableException e) {
                if (operation && e.code().equals("SUBGRAPH_UNAVAILABLE")) {
                    breaker.onFailure();
                }
                record(subgraph, kind, "unavailable", elapsed);
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    public CircuitBreaker.State circuit(String subgraph) {
        return breaker(subgraph).state();
    }

    @SuppressWarnings("unchecked")
    private SubgraphResponse read(String subgraph, HttpResponse<Buffer> response) {
        int status = response.statusCode();
        if (status == 401) {
            throw new SubgraphUnavailableException("UNAUTHENTICATED", "Subgraph " + subgraph
                    + " refused the request as unauthenticated.");
        }
        if (status == 403) {
            throw new SubgraphUnavailableException("FORBIDDEN", "Subgraph " + subgraph + " refused the request.");
        }
        Buffer body = response.body();
        if (body != null && body.length() > 0) {
            try {
                Map<String, Object> parsed = json.readValue(body.getBytes(), Map.class);
                if (parsed.containsKey("data") || parsed.containsKey("errors")) {
                    return new SubgraphResponse((Map<String, Object>) parsed.get("data"),
                            (List<Map<String, Object>>) parsed.get("errors"));
                }
            } catch (java.io.IOException | ClassCastException e) {
                LOG.warnf("Subgraph %s answered HTTP %d without a GraphQL body", subgraph, status);
            }
        }
        LOG.warnf("Subgraph %s answered HTTP %d without a GraphQL response", subgraph, status);
        throw SubgraphUnavailableException.of(subgraph);
    }

    private CircuitBreaker breaker(String subgraph) {
        return breakers.computeIfAbsent(subgraph, name -> new CircuitBreaker(
                config.circuitBreaker().failureThreshold(), config.circuitBreaker().openFor(), Clock.systemUTC()));
    }

    /** Timers are looked up once per subgraph, kind and outcome, not built on every request. */
    private void record(String subgraph, String kind, String outcome, long nanos) {
        timers.computeIfAbsent(subgraph + '\u0000' + kind + '\u0000' + outcome, key -> Timer
                .builder("devzone.gateway.subgraph.requests")
                .description("Requests the gateway sent to a subgraph, by kind and outcome")
                .tag("subgraph", subgraph).tag("kind", kind).tag("outcome", outcome)
                .register(metrics)).record(nanos, TimeUnit.NANOSECONDS);
    }
}
