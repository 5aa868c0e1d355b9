package io.devzone.system;

import static io.devzone.system.Api.GATEWAY;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.devzone.system.TraceReceiver.ExportedSpan;

/**
 * One client request through the gateway is one trace: the caller's W3C trace context reaches the gateway, each of
 * its subgraph fetches is a span naming the subgraph and what it asks, and every service (its SQL too) adds its
 * spans under the same trace id, exported over OTLP to a local receiver.
 */
@ExtendWith(RunningSuite.class)
class TracesIT {

    // low 64 bits of 1: under any sampled ratio, so every process keeps this trace (RunningSuite.SAMPLED_RATIO)
    private static final String TRACE_ID = "4bf92f3577b34da60000000000000001";
    private static final String CALLER_SPAN_ID = "00f067aa0ba902b7";

    /** Projects with their parcels (land-service) and their enterprise's Party activities (party-affairs-service). */
    private static final String JOINED = """
            query {
              investmentProjects(size: 5) {
                items { name landParcels { code } enterprise { name partyActivities { title } } }
              }
            }""";
    private static final List<String> SERVICES = List.of("investment-service", "land-service",
            "party-affairs-service");
    private static final Set<String> SUITE = Set.of("gateway", "investment-service", "land-service",
            "party-affairs-service");

    @Test
    void oneGatewayRequestIsOneTraceAcrossTheGatewayAndAllThreeServices() throws InterruptedException {
        Api.to(GATEWAY, Keycloak.leader()).header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN_ID + "-01")
                .body(Map.of("query", JOINED)).post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.investmentProjects.items", not(empty()));

        List<ExportedSpan> spans = RunningSuite.traces().trace(TRACE_ID, TracesIT::complete, Duration.ofSeconds(60));

        assertEquals(SUITE, services(spans), "services in trace " + TRACE_ID + ": " + spans);
        ExportedSpan request = spans.stream().filter(TracesIT::isGatewayRequest).findFirst()
                .orElseThrow(() -> new AssertionError("the gateway's span continues the caller's: " + spans));
        List<ExportedSpan> fetchSpans = spans.stream().filter(span -> span.parentSpanId().equals(request.spanId())
                && span.attributes().containsKey("devzone.subgraph")).toList();
        Map<String, Set<String>> fetches = fetchSpans.stream()
                .collect(Collectors.groupingBy(span -> span.attributes().get("devzone.subgraph"),
                        Collectors.mapping(span -> span.attributes().get("devzone.subgraph.fields"), Collectors.toSet())));
        assertEquals(Map.of("investment", Set.of("investmentProjects"), "land", Set.of("_entities"),
                "party-affairs", Set.of("_entities")), fetches,
                "a span per subgraph fetch, naming the subgraph and the root fields it asks for");
        for (ExportedSpan fetch : fetchSpans) {
            String service = fetch.attributes().get("devzone.subgraph") + "-service";
            assertTrue(spans.stream().anyMatch(span -> span.service().equals(service)
                    && span.parentSpanId().equals(fetch.spanId())), service + " continues the gateway's fetch: " + spans);
        }
        for (String service : SERVICES) {
            assertTrue(spans.stream().anyMatch(span -> span.service().equals(service) && isSql(span)),
                    service + "'s SQL is in the trace: " + spans);
        }
    }

    /**
     * Every process's spans are in: the gateway's request span (which ends after the answer, after its fetches), and
     * each service's span continuing a gateway span and its SQL. The exporters send on their own schedules.
     */
    private static boolean complete(List<ExportedSpan> spans) {
        Set<String> gatewaySpans = spans.stream().filter(span -> span.service().equals("gateway"))
                .map(ExportedSpan::spanId).collect(Collectors.toSet());
        return spans.stream().anyMatch(TracesIT::isGatewayRequest) && SERVICES.stream().allMatch(service ->
                spans.stream().anyMatch(span -> span.service().equals(service)
                        && gatewaySpans.contains(span.parentSpanId()))
                && spans.stream().anyMatch(span -> span.service().equals(service) && isSql(span)));
    }

    private static boolean isGatewayRequest(ExportedSpan span) {
        return span.service().equals("gateway") && span.parentSpanId().equals(CALLER_SPAN_ID);
    }

    private static Set<String> services(List<ExportedSpan> spans) {
        return spans.stream().map(ExportedSpan::service).collect(Collectors.toSet());
    }

    private static boolean isSql(ExportedSpan span) {
        return span.attributes().keySet().stream().anyMatch(key -> key.startsWith("db."));
    }
}
