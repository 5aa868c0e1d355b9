package io.devzone.commons.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the service under test shows on {@code /q/metrics}, read as Prometheus reads it. */
public final class Metrics {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /**
     * The metrics the production alert rules name, as {@code <who exposes it> <metric>} lines
     * (k8s/overlays/production/alerted-metrics.txt; the k8s module's test holds the rules to it).
     */
    public static final Path ALERTED = Path.of("..", "k8s", "overlays", "production", "alerted-metrics.txt");

    private final List<Sample> samples;

    private Metrics(List<Sample> samples) {
        this.samples = samples;
    }

    /** One series' value: a metric name, its labels. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    /** Reads {@code /q/metrics} now. */
    public static Metrics scrape() {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return new Metrics(text.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(Metrics::sample).toList());
    }

    private static Sample sample(String line) {
        Matcher sample = SAMPLE.matcher(line);
        if (!sample.matches()) {
            throw new IllegalStateException("not a Prometheus sample: " + line);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        if (sample.group(2) != null) {
            Matcher label = LABEL.matcher(sample.group(2));
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
        }
        return new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3)));
    }

    /** The series of a metric that carry all these labels. */
    public List<Sample> series(String name, Map<String, String> labels) {
        return samples.stream().filter(sample -> sample.name().equals(name)
                && sample.labels().entrySet().containsAll(labels.entrySet())).toList();
    }

    /** The sum over those series; 0 when there is none (a counter not yet incremented is not shown). */
    public double sum(String name, Map<String, String> labels) {
        return series(name, labels).stream().mapToDouble(Sample::value).sum();
    }

    public boolean has(String name) {
        return samples.stream().anyMatch(sample -> sample.name().equals(name));
    }

    /** Every series of every metric, for a message. */
    public List<Sample> all() {
        return samples;
    }

    /**
     * What every service measures alike, shown by one request of each kind: a REST read of an unknown record
     * ({@code itemPath}, e.g. {@code /api/land-parcels/{id}}) counts under that templated path as a 404, never
     * under the id sent, with latency buckets; a GraphQL query counts under {@code /graphql}; the connection pool
     * shows its use; and every metric the alert rules name for a service is there.
     */
    public static void assertServiceMeasured(String token, String itemPath, String query) {
        Map<String, String> notFound = Map.of("method", "GET", "uri", itemPath, "status", "404",
                "outcome", "CLIENT_ERROR");
        Metrics before = scrape();
        String unknownId = java.util.UUID.randomUUID().toString();
        given().auth().oauth2(token).get(itemPath.replace("{id}", unknownId)).then().statusCode(404);
        GraphQL.post(token, query).statusCode(200);
        Metrics after = scrape();

        assertThat(itemPath + " 404s counted", after.sum("http_server_requests_seconds_count", notFound)
                - before.sum("http_server_requests_seconds_count", notFound), equalTo(1.0));
        Map<String, String> slowest = new LinkedHashMap<>(notFound);
        slowest.put("le", "10.0");
        assertThat("the 404 within the 10 s bucket", after.sum("http_server_requests_seconds_bucket", slowest)
                - before.sum("http_server_requests_seconds_bucket", slowest), equalTo(1.0));
        assertThat("no series names the id sent", after.all().stream()
                .filter(sample -> sample.labels().values().stream().anyMatch(value -> value.contains(unknownId)))
                .toList(), empty());
        Map<String, String> graphql = Map.of("method", "POST", "uri", "/graphql", "status", "200");
        assertThat("the GraphQL request counted", after.sum("http_server_requests_seconds_count", graphql)
                - before.sum("http_server_requests_seconds_count", graphql), equalTo(1.0));
        assertThat("connections acquired from the pool", after.sum("agroal_acquire_count_total", Map.of())
                - before.sum("agroal_acquire_count_total", Map.of()), greaterThan(0.0));
        assertThat("metrics the alert rules name that the service does not show",
                alerted("service").stream().filter(name -> !after.has(name)).toList(), empty());
    }

    /** The metrics the alert rules name that {@code exposer} ("service", "gateway") must show. */
    public static List<String> alerted(String exposer) {
        try {
            return Files.readAllLines(ALERTED).stream()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.trim().split("\\s+"))
                    .filter(fields -> fields[0].equals(exposer))
                    .map(fields -> fields[1]).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
