package io.devzone.gateway.execution;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.devzone.gateway.config.GatewayConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;

/**
 * Sends GraphQL requests to subgraphs: non-blocking, with a timeout and a circuit breaker per subgraph, and a
 * timer per subgraph and outcome ({@code devzone_gateway_subgraph_requests_seconds}). Identical queries in flight
 * at once go out once ({@code devzone.gateway.deduplicate-in-flight}), counted by
 * {@code devzone_gateway_subgraph_requests_deduplicated_total}. Each fetch of a client operation is a span of the
 * client's trace ({@code subgraph <name>}, with {@link #SUBGRAPH}, {@link #OPERATION_TYPE} and {@link #FIELDS}),
 * and its request carries that span as W3C trace context ({@code traceparent}), so the subgraph's spans join it.
 */
@ApplicationScoped
public class SubgraphClient {

    private static final Logger LOG = Logger.getLogger(SubgraphClient.class);
    static final AttributeKey<String> SUBGRAPH = AttributeKey.stringKey("devzone.subgraph");
    /** {@code query} or {@code mutation}. */
    static final AttributeKey<String> OPERATION_TYPE = AttributeKey.stringKey("graphql.operation.type");
    /** The root fields sent ({@code _entities} for an entity fetch); never the arguments, which may be personal. */
    static final AttributeKey<String> FIELDS = AttributeKey.stringKey("devzone.subgraph.fields");
    /** Set when the fetch shared the answer of an identical one in flight, which another trace sent. */
    static final AttributeKey<Boolean> SHARED = AttributeKey.booleanKey("devzone.subgraph.shared");

    /** Exact decimals (money) pass through as BigDecimal, never as a rounded double. */
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final WebClient http;
    private final GatewayConfig config;
    private final MeterRegistry metrics;
    private final Tracer tracer;
    private final TextMapPropagator propagator;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final Map<String, Counter> deduplicated = new ConcurrentHashMap<>();
    private final Map<InFlight, CompletableFuture<SubgraphResponse>> inFlight = new ConcurrentHashMap<>();
    /** Subgraphs whose last operation got no answer: an outage is logged when it begins and when it ends. */
    private final Set<String> silent = ConcurrentHashMap.newKeySet();

    public SubgraphClient(Vertx vertx, GatewayConfig config, MeterRegistry metrics, OpenTelemetry telemetry) {
        // Vert.x's own client tracing is off: the span and the traceparent header are this class's, one per fetch
        this.http = WebClient.create(vertx, new WebClientOptions().setKeepAlive(true).setMaxPoolSize(64)
                .setHttp2MaxPoolSize(64).setTracingPolicy(TracingPolicy.IGNORE));
        this.config = config;
        this.metrics = metrics;
        this.tracer = telemetry.getTracer("io.devzone.gateway");
        this.propagator = telemetry.getPropagators().getTextMapPropagator();
    }

    @PreDestroy
    void close() {
        http.close();
    }

    /**
     * Posts one operation, as a span of {@code trace} (the client request's context) named by its root
     * {@code fields}. Completes with the subgraph's GraphQL response (data and errors as sent), or fails with
     * {@link SubgraphUnavailableException} when there is none. A query identical to one still in flight shares
     * its answer (see {@link #shared}); a mutation is always sent.
     */
    public CompletableFuture<SubgraphResponse> execute(String subgraph, String url, String query,
            Map<String, Object> variables, String authorization, boolean mutation, String fields, Context trace) {
        Span span = fetchSpan(subgraph, mutation, fields, trace);
        return ended(span, subgraph, send(subgraph, url, query, variables, authorization,
                mutation ? Kind.MUTATION : Kind.QUERY, false, trace.with(span)));
    }

    /**
     * Like {@link #execute}, but an answer that is data without errors comes back as the subgraph sent it
     * ({@link SubgraphResponse#verbatim()}), not parsed: for an operation whose answer is the client's answer.
     */
    public CompletableFuture<SubgraphResponse> executeVerbatim(String subgraph, String url, String query,
            String authorization, boolean mutation, String fields, Context trace) {
        Span span = fetchSpan(subgraph, mutation, fields, trace);
        return ended(span, subgraph, send(subgraph, url, query, Map.of(), authorization,
                mutation ? Kind.MUTATION : Kind.QUERY, true, trace.with(span)));
    }

    /** Reads a subgraph's SDL; counted apart from client operations ({@code kind="composition"}), in no trace. */
    public CompletableFuture<SubgraphResponse> executeForComposition(String subgraph, String url, String query,
            String authorization) {
        return send(subgraph, url, query, Map.of(), authorization, Kind.COMPOSITION, false, Context.root());
    }

    private Span fetchSpan(String subgraph, boolean mutation, String fields, Context trace) {
        return tracer.spanBuilder("subgraph " + subgraph).setParent(trace).setSpanKind(SpanKind.CLIENT)
                .setAttribute(SUBGRAPH, subgraph).setAttribute(OPERATION_TYPE, mutation ? "mutation" : "query")
                .setAttribute(FIELDS, fields).startSpan();
    }

    /**
     * The span ends with the fetch, before the caller sees its outcome; a fetch with no answer (unavailable,
     * refused) is an error span.
     */
    private static CompletableFuture<SubgraphResponse> ended(Span span, String subgraph,
            CompletableFuture<SubgraphResponse> fetch) {
        return fetch.whenComplete((response, failure) -> {
            if (failure != null) {
                span.setStatus(StatusCode.ERROR, SubgraphUnavailableException.from(failure, subgraph).code());
            }
            span.end();
        });
    }

    private CompletableFuture<SubgraphResponse> send(String subgraph, String url, String query,
            Map<String, Object> variables, String authorization, Kind kind, boolean verbatim, Context trace) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        if (variables != null && !variables.isEmpty()) {
            body.put("variables", variables);
        }
        byte[] payload;
        try {
            payload = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (kind == Kind.QUERY && config.deduplicateInFlight()) {
            return shared(new InFlight(subgraph, url, verbatim, ByteBuffer.wrap(credential(authorization)),
                    ByteBuffer.wrap(payload)), () -> post(subgraph, url, payload, authorization, kind, verbatim, trace),
                    trace);
        }
        return post(subgraph, url, payload, authorization, kind, verbatim, trace);
    }

    /**
     * The answer of the identical request in flight, if there is one; otherwise this one is sent and others may
     * share it until it completes (answer or failure, which every sharer gets alike). Nothing outlives the request:
     * the entry goes before its sharers hear the outcome, so a later request is sent afresh.
     */
    private CompletableFuture<SubgraphResponse> shared(InFlight key,
            Supplier<CompletableFuture<SubgraphResponse>> post, Context trace) {
        CompletableFuture<SubgraphResponse> mine = new CompletableFuture<>();
        CompletableFuture<SubgraphResponse> sent = inFlight.putIfAbsent(key, mine);
        if (sent != null) {
            deduplicated.computeIfAbsent(key.subgraph(), subgraph -> Counter
                    .builder("devzone.gateway.subgraph.requests.deduplicated")
                    .description("Subgraph queries not sent because an identical one was in flight; they shared its answer")
                    .tag("subgraph", subgraph).register(metrics)).increment();
            Span.fromContext(trace).setAttribute(SHARED, true);
            return sent.copy();
        }
        post.get().whenComplete((response, failure) -> {
            inFlight.remove(key, mine);
            if (failure != null) {
                mine.completeExceptionally(failure);
            } else {
                mine.complete(response);
            }
        });
        return mine;
    }

    private CompletableFuture<SubgraphResponse> post(String subgraph, String url, byte[] payload,
            String authorization, Kind kind, boolean verbatim, Context trace) {
        // Composition polls subgraphs that may still be starting: it neither trips nor heeds the breaker.
        boolean operation = kind != Kind.COMPOSITION;
        String kindTag = operation ? "operation" : "composition";
        CircuitBreaker breaker = breaker(subgraph);
        if (operation && !breaker.tryAcquire()) {
            record(subgraph, kindTag, "rejected", 0);
            return CompletableFuture.failedFuture(SubgraphUnavailableException.of(subgraph));
        }
        long started = System.nanoTime();
        CompletableFuture<SubgraphResponse> result = new CompletableFuture<>();
        var request = http.postAbs(url).timeout(config.subgraphTimeout().toMillis())
                .putHeader(HttpHeaders.CONTENT_TYPE.toString(), "application/json")
                .putHeader(HttpHeaders.ACCEPT.toString(), "application/json");
        if (authorization != null) {
            request.putHeader(HttpHeaders.AUTHORIZATION.toString(), authorization);
        }
        propagator.inject(trace, request, (carrier, name, value) -> carrier.putHeader(name, value));
        request.sendBuffer(Buffer.buffer(payload)).onComplete(outcome -> {
            long elapsed = System.nanoTime() - started;
            if (outcome.failed()) {
                if (operation) {
                    noAnswer(subgraph, outcome.cause());
                    breaker.onFailure();
                } else {
                    LOG.debugf("Subgraph %s did not answer: %s", subgraph, outcome.cause());
                }
                record(subgraph, kindTag, "unavailable", elapsed);
                result.completeExceptionally(SubgraphUnavailableException.of(subgraph));
                return;
            }
            try {
                SubgraphResponse response = verbatim && isDataWithoutErrors(outcome.result())
                        ? SubgraphResponse.verbatim(outcome.result().body().getBytes())
                        : read(subgraph, outcome.result());
                if (operation) {
                    answered(subgraph);
                    breaker.onSuccess();
                }
                record(subgraph, kindTag, response.errors().isEmpty() ? "success" : "errors", elapsed);
                result.complete(response);
            } catch (SubgraphUnavailableException e) {
                if (operation && e.code().equals("SUBGRAPH_UNAVAILABLE")) {
                    breaker.onFailure();
                }
                record(subgraph, kindTag, "unavailable", elapsed);
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /**
     * The first operation a subgraph does not answer is one WARN line (no stack trace: a subgraph down is expected,
     * and each caller's answer says so); the next ones are DEBUG until it answers again, which is one INFO line.
     */
    private void noAnswer(String subgraph, Throwable cause) {
        if (silent.add(subgraph)) {
            LOG.warnf("Subgraph %s did not answer: %s (its fields are answered SUBGRAPH_UNAVAILABLE until it does)",
                    subgraph, cause.toString());
        } else {
            LOG.debugf("Subgraph %s did not answer: %s", subgraph, cause);
        }
    }

    private void answered(String subgraph) {
        if (silent.remove(subgraph)) {
            LOG.infof("Subgraph %s answers again", subgraph);
        }
    }

    /** Who asks, as a digest: callers never share an answer, and the shared map holds no token. */
    private static byte[] credential(String authorization) {
        if (authorization == null) {
            return new byte[0];
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(authorization.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    public CircuitBreaker.State circuit(String subgraph) {
        return breaker(subgraph).state();
    }

    /**
     * Whether the answer is HTTP 200 with a JSON object whose {@code data} is not null and that has no
     * {@code errors}: read token by token at the top level only, far cheaper than building it as maps.
     */
    private boolean isDataWithoutErrors(HttpResponse<Buffer> response) {
        Buffer body = response.body();
        if (response.statusCode() != 200 || body == null || body.length() == 0) {
            return false;
        }
        boolean data = false;
        try (JsonParser parser = json.getFactory().createParser(body.getBytes())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("errors") && value != JsonToken.VALUE_NULL) {
                    return false;
                }
                data |= field.equals("data") && value == JsonToken.START_OBJECT;
                parser.skipChildren();
            }
            return data && parser.currentToken() == JsonToken.END_OBJECT && parser.nextToken() == null;
        } catch (java.io.IOException e) {
            return false; // not JSON: read() tells what it is
        }
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

    private enum Kind {
        QUERY, MUTATION, COMPOSITION
    }

    /** What makes two subgraph requests the same: where they go, the exact body, and who sends them. */
    private record InFlight(String subgraph, String url, boolean verbatim, ByteBuffer credential, ByteBuffer payload) {
    }
}
