package io.devzone.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The faults a soak injects into the running suite, on a schedule it prints first: {@code kill -9} of one service and
 * then of another (the launcher running the suite must start each again), PostgreSQL stopped and started again, and
 * one subgraph made slower than the gateway's timeout (its process stopped, {@code SIGSTOP}, then continued). Each
 * fault waits until the one before has recovered; recovery is the time from the fault's end (the kill, PostgreSQL's
 * start, the continue) until the suite answers whole again. Local processes only: found through the suite's pid
 * files.
 */
final class SoakFaults {

    /** Longer than the gateway's subgraph timeout (10 s), so that its fields fail with SUBGRAPH_UNAVAILABLE. */
    static final Duration SLOW_FOR = Duration.ofSeconds(15);
    static final Duration POSTGRES_DOWN_FOR = Duration.ofSeconds(10);
    /** Keycloak took up to 300 s to start on a busy 2-core machine. */
    static final Duration RECOVERY_LIMIT = Duration.ofSeconds(300);

    /**
     * What the suite goes through now.
     *
     * @param atFault  the components a request may fail for now
     * @param database whether the fault is the database (services up, failing), not a process that does not answer
     */
    record Phase(String name, Set<String> atFault, boolean database) {

        static final Phase STEADY = new Phase("steady", Set.of(), false);

        boolean affects(Set<String> needs) {
            return needs.stream().anyMatch(atFault::contains);
        }

        /** Whether the gateway must answer this subgraph's fields with SUBGRAPH_UNAVAILABLE now. */
        boolean processDown(String module) {
            return !database && atFault.contains(module);
        }
    }

    enum Kind {
        KILL, POSTGRES, SLOW, KEYCLOAK
    }

    /** One fault of the schedule, {@code at} from the run's start. */
    record Step(Duration at, Kind kind, String target) {

        String describe() {
            return switch (kind) {
                case KILL -> "kill -9 " + target;
                case POSTGRES -> "PostgreSQL stopped for " + POSTGRES_DOWN_FOR.toSeconds() + " s";
                case SLOW -> target + " slow for " + SLOW_FOR.toSeconds() + " s (SIGSTOP)";
                case KEYCLOAK -> "Keycloak stopped (SIGTERM), until the launcher has started it again";
            };
        }

        Phase phase() {
            Set<String> atFault = switch (kind) {
                case KILL, SLOW -> Set.of(target);
                case POSTGRES -> SoakWorkload.SUBGRAPHS;
                case KEYCLOAK -> Set.of(Suite.KEYCLOAK);
            };
            return new Phase("fault: " + describe(), atFault, kind == Kind.POSTGRES);
        }
    }

    /**
     * The faults of a run this long, evenly spaced after a steady start: a minute has room for one kill, two minutes
     * for both kills, three for PostgreSQL and a slow subgraph too, five and more for Keycloak as well.
     */
    static List<Step> schedule(Duration run) {
        List<Step> all = List.of(new Step(Duration.ZERO, Kind.KILL, SoakWorkload.INVESTMENT),
                new Step(Duration.ZERO, Kind.KILL, SoakWorkload.LAND),
                new Step(Duration.ZERO, Kind.POSTGRES, Suite.POSTGRES),
                new Step(Duration.ZERO, Kind.SLOW, SoakWorkload.PARTY_AFFAIRS),
                new Step(Duration.ZERO, Kind.KEYCLOAK, Suite.KEYCLOAK));
        long minutes = run.toMinutes();
        int count = minutes < 1 ? 0 : minutes < 2 ? 1 : minutes < 3 ? 2 : minutes < 5 ? 4 : all.size();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Duration at = run.multipliedBy(i + 1).dividedBy(count + 1);
            steps.add(new Step(at, all.get(i).kind(), all.get(i).target()));
        }
        return steps;
    }

    /**
     * The faults of the bounded soak {@code ./mvnw verify} runs: PostgreSQL's restart first (it recovers in seconds),
     * then a {@code kill -9} of investment-service (a JVM's restart takes longest), evenly spaced.
     */
    static List<Step> bounded(Duration run) {
        return List.of(new Step(run.dividedBy(3), Kind.POSTGRES, Suite.POSTGRES),
                new Step(run.multipliedBy(2).dividedBy(3), Kind.KILL, SoakWorkload.INVESTMENT));
    }

    private final SuiteConfig config;
    private final PidFiles pidFiles;
    private final SoakVerdict verdict;
    private final BooleanSupplier whole;
    private final BooleanSupplier canLogIn;
    private final PrintStream out;
    private volatile Phase current = Phase.STEADY;
    private long killed;

    /**
     * @param whole    whether the suite answers whole now (the probe a fault's recovery waits for)
     * @param canLogIn whether a demo user gets a new token now (what Keycloak's recovery waits for too)
     */
    SoakFaults(SuiteConfig config, SoakVerdict verdict, BooleanSupplier whole, BooleanSupplier canLogIn,
               PrintStream out) {
        this.config = config;
        this.pidFiles = new PidFiles(config.runDir());
        this.verdict = verdict;
        this.whole = whole;
        this.canLogIn = canLogIn;
        this.out = out;
    }

    Phase phase() {
        return current;
    }

    /** Injects each step at its time (or once the one before has recovered) and measures its recovery. */
    void run(List<Step> steps, long startNanos) {
        for (Step step : steps) {
            long wait = startNanos + step.at().toNanos() - System.nanoTime();
            if (wait > 0) {
                ManagedProcess.sleep(Duration.ofNanos(wait));
            }
            out.printf("%6.1f s  %s%n", seconds(System.nanoTime() - startNanos), step.describe());
            String note;
            try {
                current = step.phase();
                note = inject(step);
            } catch (LauncherException e) {
                out.println("          could not inject it: " + e.getMessage());
                verdict.fault(new SoakVerdict.Fault(step.describe(), null, e.getMessage()));
                current = Phase.STEADY;
                continue;
            }
            long lifted = System.nanoTime();
            Double recovered = awaitWhole(lifted, step.kind() == Kind.KEYCLOAK);
            if (step.kind() == Kind.KILL || step.kind() == Kind.KEYCLOAK) {
                note = restartedBy(step.target(), killed);
            }
            out.printf("%6.1f s  %s: %s%n", seconds(System.nanoTime() - startNanos), step.describe(),
                    recovered == null ? "NOT RECOVERED within " + RECOVERY_LIMIT.toSeconds() + " s"
                            : String.format("answers whole again after %.1f s", recovered));
            verdict.fault(new SoakVerdict.Fault(step.describe(), recovered, note));
            current = new Phase("recovered: " + step.describe(), Set.of(), false);
        }
    }

    /** Injects the fault and returns once it is lifted (at once for a kill and Keycloak's stop), with what it did. */
    private String inject(Step step) {
        return switch (step.kind()) {
            case KILL -> {
                ProcessHandle process = running(step.target());
                killed = process.pid();
                process.destroyForcibly();
                ProcessTree.awaitExit(List.of(process), Duration.ofSeconds(10));
                yield "";
            }
            case POSTGRES -> {
                PostgresControl postgres = PostgresControl.of(config);
                postgres.stop();
                ManagedProcess.sleep(POSTGRES_DOWN_FOR);
                postgres.start();
                yield "";
            }
            case KEYCLOAK -> {
                ProcessHandle process = running(Suite.KEYCLOAK);
                killed = process.pid();
                ProcessTree.stop(process, ProcessTree.GRACE);
                yield "";
            }
            case SLOW -> {
                ProcessHandle process = running(step.target());
                signal("STOP", process);
                try {
                    ManagedProcess.sleep(SLOW_FOR);
                } finally {
                    signal("CONT", process);
                }
                yield "";
            }
        };
    }

    private ProcessHandle running(String component) {
        return pidFiles.alive(component).orElseThrow(() -> new LauncherException(component + " is not running"));
    }

    /** Whether the launcher started the killed service again, and as which process. */
    private String restartedBy(String module, long killedPid) {
        return pidFiles.alive(module).filter(p -> p.pid() != killedPid)
                .map(p -> "pid " + killedPid + " killed, the launcher started pid " + p.pid())
                .orElse("pid " + killedPid + " killed, NOT started again");
    }

    private Double awaitWhole(long from, boolean login) {
        long deadline = from + RECOVERY_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if ((!login || canLogIn.getAsBoolean()) && whole.getAsBoolean()) {
                return seconds(System.nanoTime() - from);
            }
            ManagedProcess.sleep(Duration.ofMillis(500));
        }
        return null;
    }

    private static void signal(String signal, ProcessHandle process) {
        run(List.of("kill", "-" + signal, String.valueOf(process.pid())));
    }

    static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new LauncherException(String.join(" ", command) + " failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new LauncherException(String.join(" ", command) + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted: " + String.join(" ", command));
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /**
     * The embedded PostgreSQL, stopped and started by its own {@code pg_ctl} (beside the running server's binary)
     * with the options it was started with ({@code postmaster.opts}): the launcher finds the new server by its data
     * folder, as it found the first.
     */
    record PostgresControl(Path pgCtl, Path dataDir, String options, Path logFile) {

        private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

        static PostgresControl of(SuiteConfig config) {
            Path dataDir = config.postgresDataDir();
            ProcessHandle postmaster = EmbeddedDatabase.postmaster(dataDir)
                    .orElseThrow(() -> new LauncherException("PostgreSQL is not running from " + dataDir));
            Path server = postmaster.info().command().map(Path::of)
                    .orElseThrow(() -> new LauncherException("PostgreSQL's binary is not known"));
            String opts;
            try {
                opts = Files.readString(dataDir.resolve("postmaster.opts")).strip();
            } catch (IOException e) {
                throw new LauncherException("PostgreSQL's options are not known: " + e.getMessage());
            }
            return new PostgresControl(server.resolveSibling("pg_ctl"), dataDir, options(opts),
                    config.logFile(Suite.POSTGRES));
        }

        /** The server's options from {@code postmaster.opts}, without the binary and the data folder. */
        static String options(String postmasterOpts) {
            List<String> words = new ArrayList<>();
            Matcher quoted = QUOTED.matcher(postmasterOpts);
            while (quoted.find()) {
                words.add(quoted.group(1));
            }
            List<String> options = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).equals("-D")) {
                    i++;
                } else {
                    options.add(words.get(i).contains(" ") ? "'" + words.get(i) + "'" : words.get(i));
                }
            }
            return String.join(" ", options);
        }

        void stop() {
            pgCtl(List.of("-m", "fast", "-w", "stop"));
        }

        void start() {
            pgCtl(List.of("-w", "-l", logFile.toString(), "-o", options, "start"));
        }

        /** pg_ctl refuses to run as root: as zonky does, it then runs in a user namespace of its own. */
        private void pgCtl(List<String> arguments) {
            List<String> command = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                command.addAll(List.of("unshare", "-U"));
            }
            command.addAll(List.of(pgCtl.toString(), "-D", dataDir.toString()));
            command.addAll(arguments);
            run(command);
        }
    }
}
