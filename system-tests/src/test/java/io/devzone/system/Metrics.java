package io.devzone.system;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The gateway's per-subgraph request counters, read from its Prometheus endpoint. */
final class Metrics {

    // a series a sampled trace went through ends in its exemplar (" # {trace_id=…} …"), a suffix to pass over
    private static final Pattern COUNT = Pattern.compile(
            "^devzone_gateway_subgraph_requests_seconds_count\\{([^}]*)} ([0-9.E+]+)(?: # .*)?$", Pattern.MULTILINE);
    private static final Pattern SUBGRAPH = Pattern.compile("subgraph=\"([^\"]+)\"");

    private Metrics() {
    }

    /** Operations sent so far, per subgraph, whatever their outcome (SDL reads for composition not counted). */
    static Map<String, Double> subgraphRequests() {
        String text = given().baseUri(RunningSuite.service(Api.GATEWAY).toString()).get("/q/metrics")
                .then().statusCode(200).extract().asString();
        Map<String, Double> counts = new TreeMap<>();
        Matcher line = COUNT.matcher(text);
        while (line.find()) {
            Matcher subgraph = SUBGRAPH.matcher(line.group(1));
            if (subgraph.find() && line.group(1).contains("kind=\"operation\"")) {
                counts.merge(subgraph.group(1), Double.parseDouble(line.group(2)), Double::sum);
            }
        }
        return counts;
    }

    static Map<String, Double> difference(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> difference = new TreeMap<>();
        after.forEach((subgraph, count) -> {
            double delta = count - before.getOrDefault(subgraph, 0.0);
            if (delta != 0) {
                difference.put(subgraph, delta);
            }
        });
        return difference;
    }
}
