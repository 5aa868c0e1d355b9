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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * {@code ./devzone bench}: measures the gateway against a running suite on the same demo data, and prints
 * throughput and p50/p99 for a single-subgraph query sent directly and through the gateway, and for a query
 * joining all three subgraphs through the gateway, each with the CPU time per request of the suite's local processes
 * (they share the machine, so that is where the throughput goes). A benchmark, not a test: the numbers depend on the
 * machine.
 */
final class Bench {

    private static final String DIRECT = "investment-service";
    private static final String GATEWAY = "gateway";
    /** This process, the clients' side of every request. */
    private static final String CLIENTS = "bench";
    private static final int PROJECTS = 20;
    private static final Duration SCENARIO_WARM_UP = Duration.ofSeconds(5);
    /** How many times a subgraph's list and its entity batch each run, taking turns. */
    private static final int ROUNDS = 9;
    private static final Pattern TOTAL = Pattern.compile("\"totalItems\"\\s*:\\s*(\\d+)");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final String SINGLE = "{ investmentProjects(size: " + PROJECTS + ", sort: \"name\") "
            + "{ items { id name stage agreedInvestmentCny } } }";
    private static final String JOINED = "{ investmentProjects(size: " + PROJECTS + ", sort: \"name\") "
            + "{ items { id name landParcels { code areaMu } enterprise { name partyActivities { title } } } } }";
    /**
     * What each subgraph is asked directly: a list of {@value #PROJECTS} of its own records, and {@code _entities}
     * for {@value #PROJECTS} representations as the gateway asks it for the joined query's fields (an entity batch
     * should cost it no more than the list).
     */
    static final List<SubgraphQueries> SUBGRAPHS = List.of(
            new SubgraphQueries("investment-service", SINGLE, "InvestmentProject",
                    "id name stage agreedInvestmentCny"),
            new SubgraphQueries("land-service", "{ landParcels(size: " + PROJECTS + ", sort: \"code\") "
                    + "{ items { code areaMu } } }", "InvestmentProject", "landParcels { code areaMu }"),
            new SubgraphQueries("party-affairs-service", "{ partyActivities(size: " + PROJECTS + ") "
                    + "{ items { title } } }", "Enterprise", "partyActivities { title }"));

    private final SuiteConfig config;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ProcessCpu cpu;

    Bench(SuiteConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
        PidFiles pidFiles = new PidFiles(config.runDir());
        List<String> measured = new ArrayList<>(modules());
        measured.add(Suite.POSTGRES);
        measured.add(CLIENTS);
        this.cpu = new ProcessCpu(component -> switch (component) {
            case CLIENTS -> Optional.of(ProcessHandle.current());
            case Suite.POSTGRES -> pidFiles.alive(component)
                    .or(() -> EmbeddedDatabase.postmaster(config.postgresDataDir()));
            default -> pidFiles.alive(component);
        }, measured);
    }

    /**
     * Runs the three scenarios, and the two gateway scenarios again through {@code compareWith} (another gateway
     * over the same subgraphs, e.g. Apollo's, see {@code gateway/bench/apollo-over-suite.mjs}) when one is given.
     */
    int run(Duration measured, int clients, Optional<URI> compareWith) throws Exception {
        requireDemoData(leader());
        URI direct = URI.create(config.serviceUrl(DIRECT) + "/graphql");
        URI gateway = URI.create(config.serviceUrl(GATEWAY) + "/graphql");
        Duration warmUp = warmUp(measured);
        out.printf("Warming up for %d s (every process of the joined query) ...%n", warmUp.toSeconds());
        drive(gateway, json(JOINED), warmUp, clients);
        compareWith.ifPresent(other -> drive(other, json(JOINED), warmUp, clients));
        out.printf("%d clients, %d s per scenario after %d s of its own warm-up, %d projects per query%n%n", clients,
                measured.toSeconds(), SCENARIO_WARM_UP.toSeconds(), PROJECTS);
        out.printf("%-48s %10s %9s %9s%n", "scenario", "req/s", "p50 ms", "p99 ms");
        Result a = scenario("single subgraph, direct to investment-service", direct, json(SINGLE), measured,
                clients);
        Result b = scenario("single subgraph, through the gateway", gateway, json(SINGLE), measured, clients);
        Result c = scenario("three subgraphs joined, through the gateway", gateway, json(JOINED), measured,
                clients);
        out.printf("%ngateway pass-through: %.0f%% of direct (goal at least 50%%)%n", 100 * b.throughput() / a.throughput());
        out.printf("three-subgraph query: %.0f%% of direct single-subgraph (goal at least 25%%)%n",
                100 * c.throughput() / a.throughput());
        printWithoutGateway(a, c);
        subgraphs(leader(), measured, clients);
        if (compareWith.isPresent()) {
            out.printf("%nThe same through %s:%n", compareWith.get());
            Result d = scenario("single subgraph, through the other", compareWith.get(), json(SINGLE), measured,
                    clients);
            Result e = scenario("three subgraphs joined, through the other", compareWith.get(), json(JOINED),
                    measured, clients);
            out.printf("%nDevZone's gateway against the other: pass-through %.2fx, joined %.2fx its throughput%n",
                    b.throughput() / d.throughput(), c.throughput() / e.throughput());
        }
        return 0;
    }

    /**
     * Each subgraph directly: {@value #PROJECTS} of its records as a list, and {@value #PROJECTS} representations
     * through {@code _entities} as the joined query's plan asks for them, with the subgraph's CPU for each. The two take
     * turns for {@value #ROUNDS} rounds, which goes first alternating, and each side's median is compared: what drifts
     * meanwhile (the JIT still compiling, the machine's other load) falls on both alike, which two runs one after the
     * other cannot promise.
     */
    private void subgraphs(String token, Duration measured, int clients) throws Exception {
        Map<String, List<String>> ids = Map.of(
                "InvestmentProject", ids(token, "{ investmentProjects(size: " + PROJECTS + ", sort: \"name\") "
                        + "{ items { id } } }"),
                "Enterprise", ids(token, "{ enterprises(size: " + PROJECTS + ") { items { id } } }"));
        Duration round = Duration.ofMillis(Math.max(2_000, measured.toMillis() / 5));
        out.printf("%nEach subgraph directly, %d records as a list and %d representations through _entities, taking"
                + " turns for %d rounds of %d s each:%n", PROJECTS, PROJECTS, ROUNDS, round.toSeconds());
        for (SubgraphQueries subgraph : SUBGRAPHS) {
            URI url = URI.create(config.serviceUrl(subgraph.module()) + "/graphql");
            String listQuery = json(subgraph.list());
            String entitiesQuery = subgraph.entities(ids.get(subgraph.type()));
            // Both warmed alike first: the joined query never asks investment-service for _entities, so its batch
            // would otherwise be measured before the JIT had compiled it, against a list hot from the scenarios
            drive(url, listQuery, warmUp(measured), clients);
            drive(url, entitiesQuery, warmUp(measured), clients);
            List<Double> lists = new ArrayList<>();
            List<Double> batches = new ArrayList<>();
            for (int r = 0; r < ROUNDS; r++) {
                boolean listFirst = r % 2 == 0;
                Double first = cpuPerRequest(url, listFirst ? listQuery : entitiesQuery, subgraph.module(), round,
                        clients);
                Double second = cpuPerRequest(url, listFirst ? entitiesQuery : listQuery, subgraph.module(), round,
                        clients);
                if (first != null && second != null) {
                    lists.add(listFirst ? first : second);
                    batches.add(listFirst ? second : first);
                }
            }
            if (!lists.isEmpty()) {
                long noDearer = IntStream.range(0, lists.size()).filter(i -> batches.get(i) <= lists.get(i)).count();
                out.printf("%s: _entities %.2f ms CPU per request, a list %.2f ms (medians; the batch no dearer in %d"
                        + " of %d rounds; goal: no more)%n", subgraph.module().replaceFirst("-service$", ""),
                        median(batches), median(lists), noDearer, lists.size());
            }
        }
    }

    /** The subgraph's CPU per request over one closed-loop run of {@code body}; null where it runs elsewhere. */
    private Double cpuPerRequest(URI url, String body, String module, Duration duration, int clients) {
        ProcessCpu.Snapshot before = cpu.snapshot();
        int requests = drive(url, body, duration, clients).size();
        return cpu.snapshot().msPerRequestSince(before, requests).get(module);
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** A fresh token of the demo leader, who may read every department's records. */
    private String leader() {
        return DemoLogin.token(http, config.tokenUrl(), "chen.jie");
    }

    /** The JVMs' optimising compiler needs a while under load; measured before it, every hop looks slower. */
    private static Duration warmUp(Duration measured) {
        return Duration.ofSeconds(Math.max(30, measured.toSeconds()));
    }

    /** The ids of the records a query to investment-service lists (at least {@value #PROJECTS}: the demo data's). */
    private List<String> ids(String token, String query) throws Exception {
        String answer = askDirect(token, query);
        List<String> ids = ID.matcher(answer).results().map(m -> m.group(1)).toList();
        if (ids.size() < PROJECTS) {
            throw new LauncherException("The benchmark needs " + PROJECTS + " records for " + query + ", got: "
                    + answer.substring(0, Math.min(answer.length(), 400)));
        }
        return ids;
    }

    /** The answer of investment-service's subgraph to one query. */
    private String askDirect(String token, String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(config.serviceUrl(DIRECT) + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json(query))).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private Result scenario(String name, URI url, String body, Duration measured, int clients) {
        drive(url, body, SCENARIO_WARM_UP, clients);
        ProcessCpu.Snapshot before = cpu.snapshot();
        List<Long> latencies = drive(url, body, measured, clients);
        Result result = new Result(latencies, measured, cpu.snapshot().msPerRequestSince(before, latencies.size()));
        out.printf("%-48s %10.1f %9.1f %9.1f%n", name, result.throughput(), result.percentile(50), result.percentile(99));
        if (!result.cpuMsPerRequest().isEmpty()) {
            out.println(result.cpuMsPerRequest().entrySet().stream()
                    .map(e -> String.format("%s %4.1f", e.getKey().replaceFirst("-service$", ""), e.getValue()))
                    .collect(Collectors.joining("  ", "  ", " ms CPU/request")));
        }
        return result;
    }

    /**
     * Every process shares this machine's CPU, so the CPU all but the gateway spend per joined request, against
     * all the direct query costs, shows how far any gateway could take the joined query here.
     */
    private void printWithoutGateway(Result direct, Result joined) {
        Double gateway = joined.cpuMsPerRequest().get(GATEWAY);
        double directCpu = total(direct);
        double joinedCpu = total(joined) - (gateway == null ? 0 : gateway);
        if (gateway != null && directCpu > 0 && joinedCpu > 0) {
            out.printf("were the gateway's own CPU zero, the three-subgraph query would reach about %.0f%% of direct%n",
                    100 * directCpu / joinedCpu);
        }
    }

    private static double total(Result result) {
        return result.cpuMsPerRequest().values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private List<String> modules() {
        return config.services().stream().map(ServiceSpec::module).toList();
    }

    /**
     * Closed loop: each client sends its next request (a GraphQL request body) when the previous one has answered.
     * Sorted latencies (ns).
     */
    private List<Long> drive(URI url, String body, Duration duration, int clients) {
        // A token of its own for each run: the benchmark as a whole outlasts one (the realm's 5 minutes)
        String token = leader();
        HttpRequest request = HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
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
                            String answer = response.body();
                            throw new LauncherException("The benchmark query failed (HTTP " + response.statusCode()
                                    + "): " + answer.substring(0, Math.min(answer.length(), 400)));
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
            return all;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof LauncherException failed ? failed
                    : new LauncherException("The benchmark could not reach " + url + ": " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("The benchmark was interrupted");
        } finally {
            pool.shutdownNow();
        }
    }

    /** The demo data, which a fresh suite loads: without it the queries would measure empty lists. */
    private void requireDemoData(String token) throws Exception {
        Matcher total = TOTAL.matcher(askDirect(token, "{ investmentProjects(size: 1) { totalItems } }"));
        if (!total.find() || Integer.parseInt(total.group(1)) < PROJECTS) {
            throw new LauncherException("The benchmark runs on the demo data, which this suite lacks (it is loaded"
                    + " into a fresh data folder): stop the suite, delete " + config.postgresDataDir()
                    + " and start it again.");
        }
    }

    private static String json(String query) {
        return "{\"query\":" + quoted(query) + "}";
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * One subgraph's two queries of {@value #PROJECTS} records.
     *
     * @param list      a page of its own records
     * @param type      the entity type the joined query's plan asks it to resolve
     * @param selection the fields the plan asks of each {@code type}
     */
    record SubgraphQueries(String module, String list, String type, String selection) {

        /** {@code _entities} for these ids, in the form the gateway sends it (an aliased field, one variable). */
        String entities(List<String> ids) {
            String representations = ids.stream().limit(PROJECTS)
                    .map(id -> "{\"__typename\":" + quoted(type) + ",\"id\":" + quoted(id) + "}")
                    .collect(Collectors.joining(",", "[", "]"));
            return "{\"query\":" + quoted("query($r0:[_Any!]!){n0:_entities(representations:$r0){... on " + type
                    + "{" + selection + "}}}") + ",\"variables\":{\"r0\":" + representations + "}}";
        }
    }

    /**
     * One measured run: its sorted latencies (ns), and the milliseconds of CPU per request of each local component
     * ({@link ProcessCpu}; empty when none runs here).
     */
    record Result(List<Long> latencies, Duration duration, Map<String, Double> cpuMsPerRequest) {

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
