package io.devzone.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * {@code ./devzone gateway-bench [seconds] [rounds] [clients]}: DevZone's gateway beside Apollo Gateway and Hive
 * Gateway over the same in-memory stand-ins of DevZone's three subgraphs ({@code gateway/bench}, Node 22), so that
 * the gateways' own cost decides. The launcher decides the ports and how DevZone's gateway starts
 * ({@link TokenlessGateway}); {@code bench.mjs} starts the rest, drives them in interleaved rounds and prints the table.
 */
final class GatewayBench {

    /** At port offset 0: the three stand-ins from here, then the gateways (up to four) from {@link #GATEWAYS_PORT}. */
    private static final int STAND_INS_PORT = 9081;
    private static final int GATEWAYS_PORT = 9090;

    private final SuiteConfig config;
    private final PrintStream out;

    GatewayBench(SuiteConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    /**
     * With {@code baseline} (another build's {@code quarkus-run.jar}, e.g. the last release's), that gateway runs
     * beside as "DevZone (baseline)": what a change to the gateway costs, measured in the same rounds.
     */
    int run(int seconds, int rounds, int clients, Path baseline) throws IOException, InterruptedException {
        int standIns = STAND_INS_PORT + config.portOffset();
        int gateways = GATEWAYS_PORT + config.portOffset();
        // bench.mjs and the Node gateways reach every one of them with Node's fetch
        Map<Integer, String> ports = new TreeMap<>();
        IntStream.range(standIns, standIns + 3).forEach(port -> ports.put(port, "a stand-in subgraph"));
        IntStream.range(gateways, gateways + 4).forEach(port -> ports.put(port, "a gateway"));
        PortCheck.requireFetchable(ports);
        Path gatewayJar = config.serviceJar(config.service("gateway"));
        if (!Files.isRegularFile(gatewayJar)) {
            throw new LauncherException("No gateway built at " + gatewayJar + ": run ./mvnw install -pl gateway -am");
        }
        if (baseline != null && !Files.isRegularFile(baseline)) {
            throw new LauncherException("No gateway jar at " + baseline);
        }
        for (int port : ports.keySet()) {
            if (!PortCheck.isFree(port)) {
                throw new LauncherException("Port " + port + " is in use: free it, or move the benchmark's ports with"
                        + " DEVZONE_PORT_OFFSET.");
            }
        }
        Path nodeBin = new NodeTools(config, out).install(List.of());
        Path bench = config.repositoryRoot().resolve("gateway/bench");
        if (!Files.isDirectory(bench.resolve("node_modules/@graphql-hive/gateway"))) {
            out.println("Installing the benchmark's Node packages into " + bench.resolve("node_modules") + " (npm ci) ...");
            Path log = config.dataDir().resolve("gateway-bench-npm-ci.log");
            Files.createDirectories(config.dataDir());
            NodeTools.require(NodeTools.run(bench, nodeBin, List.of("npm", "ci", "--no-audit", "--no-fund"), log, 600,
                    Map.of()), "npm ci in " + bench, log);
        }
        // bench.mjs, which knows the stand-ins, puts their URLs in the place of {subgraphs}
        Map<String, String> environment = new HashMap<>(Map.of("STAND_INS_PORT", Integer.toString(standIns),
                "GATEWAYS_PORT", Integer.toString(gateways), "DEVZONE_GATEWAY_COMMAND", String.join("\n",
                        TokenlessGateway.command(gatewayJar, gateways, List.of("{subgraphs}")))));
        if (baseline != null) {
            environment.put("DEVZONE_BASELINE_COMMAND", String.join("\n",
                    TokenlessGateway.command(baseline.toAbsolutePath(), gateways + 3, List.of("{subgraphs}"))));
        }
        return NodeTools.run(bench, nodeBin, List.of(nodeBin.resolve("node").toString(), "bench.mjs",
                Integer.toString(seconds), Integer.toString(rounds), Integer.toString(clients)), null,
                TimeUnit.HOURS.toSeconds(2), environment);
    }
}
