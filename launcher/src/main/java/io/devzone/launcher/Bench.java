package io.devzone.launcher;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./devzone bench}: measures the gateway against a running suite on the same demo data, and prints
 * throughput and p50/p99 for a single-subgraph query sent directly and through the gateway, and for a query
 * joining all three subgraphs through the gateway. A benchmark, not a test: the numbers depend on the machine.
 */
final class Bench {

    static final String TAG = "基准";
    private static final int PROJECTS = 20;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOTAL = Pattern.compile("\"totalItems\"\\s*:\\s*(\\d+)");
    private static final String SINGLE = "{ investmentProjects(filter: {name: \"" + TAG + "\"}, size: " + PROJECTS
            + ") { items { id name stage agreedInvestmentCny } } }";
    private static final String JOINED = "{ investmentProjects(filter: {name: \"" + TAG + "\"}, size: " + PROJECTS
            + ") { items { id name landParcels { code areaMu } enterprise { name partyActivities { title } } } } }";

    private final SuiteConfig config;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Bench(SuiteConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    int run(Duration measured, int clients) throws Exception {
        String leader = token("chen.jie");
        seed();
        URI direct = URI.create(config.serviceUrl("investment-service") + "/graphql");
        URI gateway = URI.create(config.serviceUrl("gateway") + "/graphql");
        out.printf("%d clients, %d s per scenario after %d s warm-up, %d projects per query%n%n", clients,
                measured.toSeconds(), warmUp(measured).toSeconds(), PROJECTS);
        out.printf("%-42s %10s %9s %9s%n", "scenario", "req/s", "p50 ms", "p99 ms");
        Result a = scenario("single subgraph, direct to investment-service", direct, SINGLE, leader, measured, clients);
        Result b = scenario("single subgraph, through the gateway", gateway, SINGLE, leader, measured, clients);
        Result c = scenario("three subgraphs joined, through the gateway", gateway, JOINED, leader, measured, clients);
        out.printf("%ngateway pass-through: %.0f%% of direct (goal at least 50%%)%n", 100 * b.throughput() / a.throughput());
        out.printf("three-subgraph query: %.0f%% of direct single-subgraph (goal at least 25%%)%n",
                100 * c.throughput() / a.throughput());
        return 0;
    }

    private Result scenario(String name, URI url, String query, String token, Duration measured, int clients)
            throws Exception {
        drive(url, query, token, warmUp(measured), clients);
        Result result = drive(url, query, token, measured, clients);
        out.printf("%-42s %10.1f %9.1f %9.1f%n", name, result.throughput(), result.percentile(50), result.percentile(99));
        return result;
    }

    private static Duration warmUp(Duration measured) {
        return Duration.ofSeconds(Math.max(3, measured.toSeconds() / 3));
    }

    /** Closed loop: each client sends its next request when the previous one has answered. */
    private Result drive(URI url, String query, String token, Duration duration, int clients) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json(query))).build();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> {
                    List<Long> latencies = new ArrayList<>();
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                            String body = response.body();
                            throw new LauncherException("The benchmark query failed (HTTP " + response.statusCode()
                                    + "): " + body.substring(0, Math.min(body.length(), 400)));
                        }
                        latencies.add(System.nanoTime() - start);
                    }
                    return latencies;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> future : futures) {
                all.addAll(future.get());
            }
            Collections.sort(all);
            return new Result(all, duration);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The benchmark's own data, created once through the services' APIs and reused by every later run. */
    private void seed() throws Exception {
        String investment = token("zhang.wei");
        String existing = post(URI.create(config.serviceUrl("investment-service") + "/graphql"), investment,
                json("{ investmentProjects(filter: {name: \"" + TAG + "\"}, size: 1) { totalItems } }"));
        Matcher total = TOTAL.matcher(existing);
        if (total.find() && Integer.parseInt(total.group(1)) >= PROJECTS) {
            return;
        }
        out.println("Creating the benchmark's data (" + PROJECTS + " projects named " + TAG + " ...) ...");
        String api = config.serviceUrl("investment-service") + "/api";
        String enterprise = id(post(URI.create(api + "/enterprises"), investment, "{\"name\":\"" + TAG
                + "企业\",\"park\":\"JIANGBEI\",\"industryChain\":\"NON_FERROUS_DEEP_PROCESSING\",\"aboveDesignatedSize\":true}"));
        String land = token("li.na");
        String parcels = config.serviceUrl("land-service") + "/api/land-parcels";
        for (int i = 0; i < PROJECTS; i++) {
            String project = id(post(URI.create(api + "/investment-projects"), investment, "{\"name\":\"" + TAG
                    + "项目 " + i + "\",\"enterpriseId\":\"" + enterprise + "\",\"industryChain\":\"LOGISTICS\","
                    + "\"park\":\"ZIWU\",\"agreedInvestmentCny\":1000000.00,\"strategicInvestor\":false}"));
            String parcel = "\"code\":\"BENCH-" + i + "-" + project.substring(0, 8).toUpperCase()
                    + "\",\"name\":\"" + TAG + "地块\",\"park\":\"ZIWU\",\"areaMu\":10.5,\"plannedUse\":\"INDUSTRIAL\"";
            String parcelId = id(post(URI.create(parcels), land, "{" + parcel + "}"));
            String[] statuses = { "ACQUIRING", "ACQUIRED", "LEVELLED", "SUPPLIED" };
            for (int version = 0; version < statuses.length; version++) {
                put(URI.create(parcels + "/" + parcelId), land, "{" + parcel + ",\"status\":\"" + statuses[version]
                        + "\",\"version\":" + version + (version == 3 ? ",\"investmentProjectId\":\"" + project + "\"" : "")
                        + "}");
            }
        }
        post(URI.create(config.serviceUrl("party-affairs-service") + "/api/party-activities"), token("wang.fang"),
                "{\"type\":\"PARTY_LECTURE\",\"heldOn\":\"2011-06-28\",\"title\":\"" + TAG + "党课\","
                        + "\"organiser\":\"区党委\",\"participantsCount\":60,\"enterpriseIds\":[\"" + enterprise + "\"]}");
    }

    private String token(String username) {
        return DemoLogin.token(http, config.tokenUrl(), username);
    }

    private String post(URI url, String token, String body) throws Exception {
        return send(HttpRequest.newBuilder(url).POST(HttpRequest.BodyPublishers.ofString(body)), token);
    }

    private void put(URI url, String token, String body) throws Exception {
        send(HttpRequest.newBuilder(url).PUT(HttpRequest.BodyPublishers.ofString(body)), token);
    }

    private String send(HttpRequest.Builder request, String token) throws Exception {
        HttpResponse<String> response = http.send(request.header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new LauncherException("Creating the benchmark's data failed (" + response.statusCode() + "): "
                    + response.body());
        }
        return response.body();
    }

    private static String id(String body) {
        Matcher id = ID.matcher(body);
        if (!id.find()) {
            throw new LauncherException("No id in " + body);
        }
        return id.group(1);
    }

    private static String json(String query) {
        return "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    /** Sorted latencies (ns) of one measured run. */
    record Result(List<Long> latencies, Duration duration) {

        double throughput() {
            return latencies.size() / (duration.toMillis() / 1000.0);
        }

        double percentile(int p) {
            if (latencies.isEmpty()) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latencies.size()) - 1;
            return latencies.get(Math.max(0, index)) / 1_000_000.0;
        }
    }
}
