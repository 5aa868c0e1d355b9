package io.devzone.launcher;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/** The command line: {@code up}, {@code down}, {@code status}. Run through {@code ./devzone}. */
public final class DevZone {

    private static final String USAGE = """
            Usage: ./devzone <command>

              up      build what is stale, start the whole suite and keep it in the foreground (Ctrl-C stops it)
              down    stop a suite running from another terminal, and anything a crashed run left behind
              status  show which components run and answer
              bench [seconds] [clients] [other gateway URL]
                      against a running suite: throughput and p50/p99 of a single-subgraph query direct
                      and through the gateway, and of a query joining all three through the gateway;
                      with a URL, the gateway queries again through that one, for comparison
              soak [minutes] [rate]
                      against a suite that ./devzone up runs here: a mixed workload (default 3 min at 5
                      requests/s) as the four demo roles, through the gateway and the REST APIs, while it
                      kills services, stops PostgreSQL and stalls a subgraph on a schedule it prints first;
                      then a table: answers by kind, p50/p99 per phase, errors by code, recovery per fault,
                      peak RSS per JVM, and every acknowledged write read back (missing, changed,
                      duplicated); exit status 1 when a write was lost or a healthy service failed
              gateway-bench [seconds] [rounds] [clients] [baseline gateway jar]
                      DevZone's gateway beside Apollo Gateway and Hive Gateway over in-memory stand-ins
                      of the three subgraphs (gateway/bench; default 10 s, 3 interleaved rounds, 8
                      clients): req/s, p50/p99 and CPU per request of each gateway, for a single-subgraph
                      and a three-subgraph query; with a jar, that build of DevZone's gateway beside
                      too; needs no suite running
              audit PATH [SUITE ...]
                      run graphql-hive/federation-gateway-audit (a clone at PATH, at the pinned commit)
                      against the built gateway: each suite's cases passed, then N/T cases, M/S suites;
                      only the suites named, when some are

            Environment:
              DEVZONE_DATA_DIR        data folder (default: <repository>/.devzone)
              DEVZONE_OIDC_URL        use this external OIDC realm; no Keycloak is started
              <SERVICE>_DB_URL        use this external PostgreSQL (JDBC URL) for a service, with
              <SERVICE>_DB_USERNAME   <SERVICE> one of INVESTMENT, LAND, PARTY_AFFAIRS;
              <SERVICE>_DB_PASSWORD   the embedded one starts only if a service still needs it
              <SERVICE>_PERSONAL_DATA_ENCRYPTION_KEY, <SERVICE>_PERSONAL_DATA_INDEX_KEY
                                      a service's own personal-data keys (LAND, PARTY_AFFAIRS; base64
                                      of 32 bytes); by default random ones kept in <data folder>/keys
              <SERVICE>_JAVA_OPTS     JVM options of a service (GATEWAY too), after the launcher's
                                      -Xmx256m -XX:+ExitOnOutOfMemoryError, so e.g. -Xmx512m wins
              JAVA_OPTS_KC_HEAP       Keycloak's heap options (default -Xms64m -Xmx512m)
            """;

    private DevZone() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out) {
        String command = args.length == 0 ? "help" : args[0];
        if (!Set.of("up", "down", "status", "bench", "gateway-bench", "soak", "audit").contains(command)) {
            out.print(USAGE);
            return Set.of("help", "-h", "--help").contains(command) ? 0 : 2;
        }
        try {
            SuiteConfig config = SuiteConfig.fromEnvironment(SuiteConfig.locateRepositoryRoot(Path.of("")), env);
            return switch (command) {
                case "up" -> up(config, out);
                case "down" -> Down.run(config, out);
                case "bench" -> new Bench(config, out).run(
                        Duration.ofSeconds(args.length > 1 ? Integer.parseInt(args[1]) : 20),
                        args.length > 2 ? Integer.parseInt(args[2]) : 8,
                        Optional.ofNullable(args.length > 3 ? args[3] : null).map(URI::create));
                case "gateway-bench" -> new GatewayBench(config, out).run(
                        args.length > 1 ? Integer.parseInt(args[1]) : 10, args.length > 2 ? Integer.parseInt(args[2]) : 3,
                        args.length > 3 ? Integer.parseInt(args[3]) : 8, args.length > 4 ? Path.of(args[4]) : null);
                case "soak" -> new Soak(config, out).run(args.length > 1 ? Integer.parseInt(args[1]) : 3,
                        args.length > 2 ? Integer.parseInt(args[2]) : 5);
                case "audit" -> {
                    if (args.length < 2) {
                        out.print(USAGE);
                        yield 2;
                    }
                    yield new Audit(config, out).run(Path.of(args[1]), List.of(args).subList(2, args.length));
                }
                default -> Status.run(config, out);
            };
        } catch (LauncherException | IllegalArgumentException e) {
            out.println(e.getMessage());
            return 1;
        } catch (Exception e) {
            out.println("devzone " + command + " failed: " + e);
            return 1;
        }
    }

    private static int up(SuiteConfig config, PrintStream out) {
        Suite suite = new Suite(config);
        AtomicBoolean signalled = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            signalled.set(true);
            if (!suite.isClosed()) {
                out.println("\nStopping DevZone ...");
                suite.close();
                out.println("DevZone stopped.");
            }
        }, "devzone-stop"));

        out.println("Starting DevZone (data: " + config.dataDir() + ")");
        try {
            suite.start(ProgressListener.console(out));
        } catch (LauncherException e) {
            if (signalled.get()) {
                return waitForShutdown();
            }
            if (e instanceof StartupFailedException failed) {
                out.println("\n" + failed.logReport());
            }
            out.println("DevZone could not start: " + e.getMessage());
            return 1;
        }
        out.print(Summary.of(config));
        new Supervision(suite, out).watch();
        return waitForShutdown();
    }

    /** The shutdown hook is stopping the suite; exiting now would cut it short. */
    private static int waitForShutdown() {
        while (true) {
            ManagedProcess.sleep(Duration.ofSeconds(60));
        }
    }
}
