package io.devzone.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import io.devzone.gateway.testing.FakeSubgraph;
import io.devzone.gateway.testing.FakeSuite;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;

/**
 * Each subgraph fetch of a client operation is a span of the client's trace, naming the subgraph, the operation type
 * and the root fields, and the subgraph receives that span as its W3C parent ({@code traceparent}), over real HTTP;
 * also for an entity fetch a DataLoader sends later on another thread, and for a pass-through.
 */
class SubgraphTracingTest {

    private static final String JOINED = "{ investmentProjects { items { name landParcels { code } } } }";

    private final List<SpanData> ended = new CopyOnWriteArrayList<>();
    private final OpenTelemetrySdk telemetry = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(new Collector()).build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance())).build();
    private FakeSuite suite;

    @AfterEach
    void stop() {
        suite.close();
        telemetry.close();
    }

    @Test
    void eachFetchIsASpanOfTheCallersTraceAndTheSubgraphContinuesIt() throws Exception {
        suite = new FakeSuite(Map.of(), telemetry,
                received -> FakeSubgraph.data(Map.of("investmentProjects", Map.of("items", List.of(
                        Map.of("name", "鸿通", "_dz_typename", "InvestmentProject", "_dz_id", "p1"))))),
                received -> FakeSubgraph.entities(received,
                        id -> Map.of("landParcels", List.of(Map.of("code", "JB-01")))),
                FakeSuite::nothing);
        Span caller = telemetry.getTracer("test").spanBuilder("client request").startSpan();

        ExecutionResult result = execute(caller, JOINED);

        assertEquals(List.of(), result.getErrors());
        SpanData investment = fetchSpan("investment");
        SpanData land = fetchSpan("land");
        for (SpanData fetch : List.of(investment, land)) {
            assertEquals(caller.getSpanContext().getTraceId(), fetch.getTraceId());
            assertEquals(caller.getSpanContext().getSpanId(), fetch.getParentSpanId());
            assertEquals(SpanKind.CLIENT, fetch.getKind());
            assertEquals("query", fetch.getAttributes().get(SubgraphClient.OPERATION_TYPE));
        }
        assertEquals("investmentProjects", investment.getAttributes().get(SubgraphClient.FIELDS));
        assertEquals("_entities", land.getAttributes().get(SubgraphClient.FIELDS));
        assertEquals(traceparent(investment), suite.investment.operations().get(0).traceparent());
        assertEquals(traceparent(land), suite.land.operations().get(0).traceparent());
    }

    @Test
    void aPassThroughIsASpanTooAndAFetchWithoutAnswerIsAnErrorSpan() throws Exception {
        // land answers with no GraphQL response: unavailable
        suite = new FakeSuite(Map.of(), telemetry, FakeSuite::nothing, received -> Map.of(), FakeSuite::nothing);
        Span caller = telemetry.getTracer("test").spanBuilder("client request").startSpan();

        ExecutionResult result = execute(caller, "{ landParcel(id: \"x\") { code } }");

        assertEquals("SUBGRAPH_UNAVAILABLE", result.getErrors().get(0).getExtensions().get("code"));
        SpanData land = fetchSpan("land");
        assertEquals(caller.getSpanContext().getSpanId(), land.getParentSpanId());
        assertEquals("landParcel", land.getAttributes().get(SubgraphClient.FIELDS));
        assertEquals(StatusCode.ERROR, land.getStatus().getStatusCode());
        assertEquals("SUBGRAPH_UNAVAILABLE", land.getStatus().getDescription());
    }

    @Test
    void compositionIsInNoTrace() throws Exception {
        suite = new FakeSuite(Map.of(), telemetry, FakeSuite::nothing, FakeSuite::nothing, FakeSuite::nothing);

        assertEquals(List.of(), ended, "composing at start made no span");
    }

    private ExecutionResult execute(Span caller, String query) {
        ExecutionResult result;
        try (Scope ignored = caller.makeCurrent()) {
            result = suite.gateway().execute(new GraphQLRequest(query, null, Map.of(), Map.of()), "Bearer caller")
                    .join();
        } finally {
            caller.end();
        }
        return result;
    }

    private SpanData fetchSpan(String subgraph) {
        List<SpanData> spans = ended.stream()
                .filter(span -> subgraph.equals(span.getAttributes().get(SubgraphClient.SUBGRAPH))).toList();
        assertEquals(1, spans.size(), "one span per fetch of " + subgraph + ": " + ended);
        assertEquals("subgraph " + subgraph, spans.get(0).getName());
        return spans.get(0);
    }

    private static String traceparent(SpanData span) {
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-01";
    }

    /** Keeps every span that ends. */
    private final class Collector implements SpanProcessor {
        @Override
        public void onStart(Context parent, ReadWriteSpan span) {
        }

        @Override
        public boolean isStartRequired() {
            return false;
        }

        @Override
        public void onEnd(ReadableSpan span) {
            ended.add(span.toSpanData());
        }

        @Override
        public boolean isEndRequired() {
            return true;
        }
    }
}
