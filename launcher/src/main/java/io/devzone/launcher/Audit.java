package io.devzone.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code ./devzone audit PATH}: runs graphql-hive/federation-gateway-audit (a clone at {@link #PINNED}) against the
 * built gateway, and prints each test suite's cases passed and, last, {@code N/T cases, M/S suites}.
 * <p>
 * The audit starts its own subgraphs and, for each suite, a gateway through a script: here the gateway's jar over
 * that suite's subgraph URLs (composed from their {@code _service { sdl }}, as DevZone's own; the gateway has no
 * subgraph built in), without tokens (the audit's client and subgraphs know no Keycloak; the test-only setting, in
 * the {@code audit} profile, never prod: {@link TokenlessGateway}). It needs Node 22 ({@link NodeTools}); the audit's
 * dependencies are installed into the clone when missing.
 */
final class Audit {

    /** The audit's commit whose 199 cases in 46 suites this command was written against. */
    static final String PINNED = "f59c05e3f48f4a4f8e8a731d67a1b71a9788a96f";
    /** The versions the audit's own package-lock.json has; its other dev dependencies (other gateways) are left out. */
    private static final List<String> RUNNER = List.of("tsx@4.22.4", "graphql@16.13.1");
    /**
     * How long the audit waits for a gateway to be ready: its 5 s is too short for a JVM on a busy machine (10 s seen),
     * and a suite whose subgraphs do not compose costs all of it.
     */
    private static final Map<String, String> TIMEOUT = Map.of("GATEWAY_TIMEOUT", "30000");
    /** At port offset 0; they move with the suite's ports so that audits at other offsets do not meet. */
    private static final int GATEWAY_PORT = 4000;
    private static final int SUBGRAPHS_PORT = 4200;

    private final SuiteConfig config;
    private final PrintStream out;
    private final NodeTools node;
    private final Path work;
    private final int offset;

    Audit(SuiteConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
        this.node = new NodeTools(config, out);
        this.work = config.dataDir().resolve("audit");
        this.offset = config.portOffset();
    }

    /** The whole audit, or only the suites named (each through the audit's own {@code test-suite} command). */
    int run(Path clone, List<String> suites) throws IOException, InterruptedException {
        // the runner and the gateway's start script reach both ports with Node's fetch
        PortCheck.requireFetchable(Map.of(GATEWAY_PORT + offset, "the audit's gateway",
                SUBGRAPHS_PORT + offset, "the audit's subgraphs"));
        clone = clone.toAbsolutePath().normalize();
        requirePinned(clone);
        Path gatewayJar = config.serviceJar(config.service("gateway"));
        if (!Files.isRegularFile(gatewayJar)) {
            throw new LauncherException("No gateway built at " + gatewayJar + ": run ./mvnw install -pl gateway -am");
        }
        // the audit kills whatever listens on its gateway's port before each suite: never someone else's process
        for (int port : List.of(GATEWAY_PORT + offset, SUBGRAPHS_PORT + offset)) {
            if (!PortCheck.isFree(port)) {
                throw new LauncherException("Port " + port + " is in use, and the audit would end the process on it:"
                        + " free it, or move the audit's ports with DEVZONE_PORT_OFFSET.");
            }
        }
        Path nodeBin = node.install(RUNNER);
        installAuditDependencies(clone, nodeBin);
        Files.createDirectories(work);
        Path runScript = work.resolve("run.sh");
        Files.writeString(runScript, runScript(nodeBin, gatewayJar), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(runScript, PosixFilePermissions.fromString("rwxr-xr-x"));
        String gateway = "http://127.0.0.1:" + (GATEWAY_PORT + offset);
        List<String> runner = List.of(nodeBin.resolve("node").toString(),
                node.modules().resolve("tsx/dist/cli.mjs").toString(), "src/cli.ts");
        List<String> common = List.of("--cwd", work.toString(), "--run-script", runScript.toString(),
                "--graphql", gateway + "/graphql", "--healthcheck", gateway + "/q/health/ready",
                "--port", Integer.toString(SUBGRAPHS_PORT + offset));
        out.printf("Running the audit at %s against %s (logs: %s) ...%n", PINNED.substring(0, 12), gatewayJar,
                work);
        if (!suites.isEmpty()) {
            List<String> results = new ArrayList<>();
            for (String suite : suites) {
                Path log = work.resolve("audit-" + suite + ".log");
                // exit 1 means a case failed; the marks it printed tell which
                NodeTools.run(clone, nodeBin, concat(runner, List.of("test-suite", "--test", suite, "--reporter", "dot"),
                        common), log, TimeUnit.MINUTES.toSeconds(10), TIMEOUT);
                results.addAll(suiteMarks(suite, Files.readAllLines(log)));
            }
            out.print(summary(results));
            return 0;
        }
        Path results = work.resolve("results.txt");
        Files.deleteIfExists(results);
        int exit = NodeTools.run(clone, nodeBin, concat(runner, List.of("test"), common,
                List.of("--write", results.toString())), work.resolve("audit.log"), TimeUnit.MINUTES.toSeconds(60),
                TIMEOUT);
        if (exit != 0 || !Files.isRegularFile(results)) {
            throw new LauncherException("The audit ended with exit code " + exit + " and no results: see "
                    + work.resolve("audit.log"));
        }
        out.print(summary(Files.readAllLines(results)));
        return 0;
    }

    /**
     * One suite's id and marks, as the results file has them, from {@code test-suite}'s dot report: the suite's id
     * on a line, then lines of {@code .} and {@code X} (wrapped at 20); none at all when the suite did not run.
     */
    static List<String> suiteMarks(String suite, List<String> output) {
        StringBuilder marks = new StringBuilder();
        int start = output.indexOf(suite);
        for (int i = start + 1; start >= 0 && i < output.size() && output.get(i).matches("[.X]+"); i++) {
            marks.append(output.get(i));
        }
        return List.of(suite, marks.isEmpty() ? "X" : marks.toString());
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    /** Each suite's cases passed, then the totals, from the audit's results file (a suite id, then its marks). */
    static String summary(List<String> results) {
        StringBuilder text = new StringBuilder();
        int cases = 0;
        int passed = 0;
        int suites = 0;
        int suitesPassed = 0;
        for (int i = 0; i + 1 < results.size() && !results.get(i).isBlank(); i += 2) {
            String marks = results.get(i + 1);
            int ok = (int) marks.chars().filter(c -> c == '.').count();
            int all = (int) marks.chars().filter(c -> c == '.' || c == 'X').count();
            cases += all;
            passed += ok;
            suites++;
            boolean suitePassed = all > 0 && ok == all;
            suitesPassed += suitePassed ? 1 : 0;
            text.append(String.format("%-44s %3d/%-3d %s%n", results.get(i), ok, all, suitePassed ? "pass" : "FAIL"));
        }
        return text.append(String.format("%n%d/%d cases, %d/%d suites%n", passed, cases, suitesPassed, suites))
                .toString();
    }

    private static void requirePinned(Path clone) throws IOException, InterruptedException {
        if (!Files.isRegularFile(clone.resolve("src/cli.ts"))) {
            throw new LauncherException(clone + " is no clone of graphql-hive/federation-gateway-audit (no src/cli.ts)");
        }
        Process git = new ProcessBuilder("git", "-C", clone.toString(), "rev-parse", "HEAD").redirectErrorStream(true)
                .start();
        String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (git.waitFor() != 0 || !head.equals(PINNED)) {
            throw new LauncherException("The audit clone is at " + head + ", not at the pinned commit: run git -C "
                    + clone + " checkout " + PINNED);
        }
    }

    /**
     * The audit's own dependencies as its lockfile has them, without its dev dependencies (the other gateways it
     * compares, some not on the npm registry); graphql, which only they bring, comes from the tools folder.
     */
    private void installAuditDependencies(Path clone, Path nodeBin) throws IOException, InterruptedException {
        Path modules = clone.resolve("node_modules");
        if (!Files.isDirectory(modules.resolve("@apollo/subgraph"))) {
            out.println("Installing the audit's dependencies into " + modules + " (npm ci) ...");
            Path log = work.resolve("npm-ci.log");
            Files.createDirectories(work);
            NodeTools.require(NodeTools.run(clone, nodeBin, List.of("npm", "ci", "--omit=dev", "--ignore-scripts",
                    "--no-audit", "--no-fund"), log, 600, Map.of()), "npm ci in " + clone, log);
        }
        link(modules.resolve("graphql"), node.modules().resolve("graphql"));
    }

    /** A link to {@code target}, unless one resolves there already; one left dangling (a moved tools folder) is replaced. */
    static void link(Path link, Path target) throws IOException {
        if (!Files.exists(link)) {
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, target);
        }
    }

    /** The script the audit runs for each suite ({@code sh run.sh SUITE}): the gateway over that suite's subgraphs. */
    private String runScript(Path nodeBin, Path gatewayJar) {
        String subgraphsUrl = "http://localhost:" + (SUBGRAPHS_PORT + offset);
        String gateway = TokenlessGateway.command(gatewayJar, GATEWAY_PORT + offset, List.of("$subgraphs")).stream()
                .map(word -> word.equals("$subgraphs") ? word : "'" + word + "'").collect(Collectors.joining(" "));
        return """
                #!/bin/sh
                # Written by ./devzone audit: the DevZone gateway over one audit suite's subgraphs ($1), without tokens.
                set -e
                # the audit's server adds its suites' routes after it listens (test-suite starts us at once): ask again
                subgraphs=$("%s/node" -e '
                  const ask = tries => fetch(process.argv[1]).then(r => r.ok ? r.json() : Promise.reject(r.status))
                    .catch(e => tries > 0 ? new Promise(go => setTimeout(go, 250)).then(() => ask(tries - 1)) : Promise.reject(e));
                  ask(40).then(list => {
                    for (const s of list) console.log(`-Ddevzone.gateway.subgraphs."${s.name}".url=${s.url}`);
                  });' "%s/$1/subgraphs")
                exec %s
                """.formatted(nodeBin, subgraphsUrl, gateway);
    }
}
