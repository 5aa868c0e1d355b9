package io.devzone.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * {@code ./devzone soak [minutes] [rate]}: against a suite running on this machine, a mixed workload at a fixed rate
 * ({@link SoakWorkload}) while faults are injected on a schedule printed first ({@link SoakFaults}); at the end every
 * acknowledged write is read back ({@link SoakLedger}) and the verdict printed as a table ({@link SoakVerdict}).
 * Exits non-zero when a write was lost, changed or duplicated, a healthy service's request failed or a fault did not
 * recover. {@link #bounded} is the short run {@code ./mvnw verify} makes (system-tests' SoakIT).
 */
public final class Soak {

    static final int MAX_MINUTES = 60;
    static final int MAX_RATE = 100;
    /** The bounded run: long enough for its two faults, at a rate a busy 2-core machine holds beside the suite. */
    static final Duration BOUNDED_RUN = Duration.ofSeconds(90);
    static final int BOUNDED_RATE = 3;
    /** Requests in flight at most: a fault holds some until their timeout, the rest keep the rate. */
    private static final int CLIENTS = 32;
    /** How long the load goes on after a late fault has recovered. */
    private static final Duration TAIL = Duration.ofSeconds(15);
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    /**
     * A run's verdict, for a caller that asserts it.
     *
     * @param failedOnHealthy requests that failed with nothing they need at fault
     * @param faults          the faults injected, in order
     * @param unrecovered     those after which the suite did not answer whole again within the recovery limit
     * @param table           the table {@code ./devzone soak} prints
     */
    public record Result(boolean passed, int failedOnHealthy, int wrongPartials, int writes, int missing,
                         int changed, int duplicated, List<String> faults, List<String> unrecovered, String table) {
    }

    private final SuiteConfig config;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Soak(SuiteConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    /**
     * The bounded soak, against a suite this JVM started ({@link Suite#start}): {@link #BOUNDED_RUN} at
     * {@link #BOUNDED_RATE} requests/s with PostgreSQL restarted and then investment-service killed
     * ({@link SoakFaults#bounded}); meanwhile this JVM restarts what stops, as {@code ./devzone up} does
     * ({@link Supervision}), and stops doing so when the run ends. It ends only once every fault has recovered (or
     * its recovery limit passed), so the suite is whole again for whatever runs next.
     */
    public static Result bounded(Suite suite, PrintStream out) {
        Soak soak = new Soak(suite.config(), out);
        soak.requireLocal();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread supervision = new Thread(() -> new Supervision(suite, out).watchWhile(running::get),
                "soak-supervision");
        supervision.setDaemon(true);
        supervision.start();
        try {
            return soak.run(BOUNDED_RUN, BOUNDED_RATE, SoakFaults.bounded(BOUNDED_RUN));
        } finally {
            running.set(false);
            try {
                supervision.join(Supervision.POLL.multipliedBy(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    int run(int minutes, int rate) {
        if (minutes < 1 || minutes > MAX_MINUTES || rate < 1 || rate > MAX_RATE) {
            throw new IllegalArgumentException("soak: minutes 1 to " + MAX_MINUTES + ", rate 1 to " + MAX_RATE
                    + " requests per second");
        }
        requireLocal();
        if (new PidFiles(config.runDir()).alive(Suite.LAUNCHER).isEmpty()) {
            throw new LauncherException("soak needs a suite started by ./devzone up from " + config.dataDir()
                    + " (it restarts what the soak kills): start one in another terminal.");
        }
        Duration length = Duration.ofMinutes(minutes);
        return run(length, rate, SoakFaults.schedule(length)).passed() ? 0 : 1;
    }

    private Result run(Duration run, int rate, List<SoakFaults.Step> schedule) {
        // A fault that waits for the one before to recover may start late: the load goes on until the last has
        // recovered (and a little longer), but at most as long again.
        long steady = (long) rate * run.toSeconds();
        long total = 2 * steady;
        String tag = "soak-" + LocalTime.now().format(DateTimeFormatter.ofPattern("HHmmss"));
        SoakVerdict verdict = new SoakVerdict();
        SoakLedger ledger = new SoakLedger();
        SoakLogins logins = new SoakLogins(http, config.tokenUrl());
        SoakFaults[] faults = new SoakFaults[1];
        SoakWorkload workload = new SoakWorkload(config, http, logins, ledger, verdict, () -> faults[0].phase(), tag);
        faults[0] = new SoakFaults(config, verdict, workload::whole, workload::canLogIn, out);
        workload.prepare();

        out.printf("Soak: %d s at %d requests/s (%d requests; up to %d while a late fault is still at work),"
                + " at most %d in flight, records tagged %s%n", run.toSeconds(), rate, steady, total, CLIENTS, tag);
        out.println("Fault schedule (each waits for the one before to recover):");
        schedule.forEach(s -> out.printf("  at %4d s  %s%n", s.at().toSeconds(), s.describe()));
        if (schedule.isEmpty()) {
            out.println("  none (a run of at least a minute has one)");
        }
        out.println();

        long start = System.nanoTime();
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(2);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        Semaphore inFlight = new Semaphore(CLIENTS);
        try {
            timers.scheduleAtFixedRate(() -> sampleRss(verdict), 0, 2, TimeUnit.SECONDS);
            Thread faulting = new Thread(() -> faults[0].run(schedule, start), "soak-faults");
            faulting.start();
            long interval = 1_000_000_000L / rate;
            long tail = TAIL.toSeconds() * rate;
            long faultsOver = -1; // the request due when the last fault had recovered
            for (long n = 0; n < total; n++) {
                if (faultsOver < 0 && !faulting.isAlive()) {
                    faultsOver = n;
                }
                if (n >= steady && faultsOver >= 0 && n >= faultsOver + tail) {
                    break;
                }
                long due = start + n * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                if (!inFlight.tryAcquire()) {
                    verdict.notSent();
                    continue;
                }
                clients.execute(() -> {
                    try {
                        workload.next();
                    } finally {
                        inFlight.release();
                    }
                });
            }
            out.printf("%6.1f s  workload done%n", (System.nanoTime() - start) / 1e9);
            faulting.join();
            clients.shutdown();
            clients.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("The soak was interrupted");
        } finally {
            clients.shutdownNow();
            timers.shutdownNow();
        }

        out.printf("Reading back %d records ...%n%n", ledger.records());
        Map<String, List<String>> names = new LinkedHashMap<>();
        boolean listed = true;
        for (SoakWorkload.Department department : SoakWorkload.DEPARTMENTS) {
            try {
                names.put(department.collection(), workload.namesListed(department));
            } catch (LauncherException e) {
                // Duplicates cannot be counted then: the run cannot pass.
                out.println(e.getMessage());
                listed = false;
            }
        }
        SoakLedger.Check check = ledger.check(workload::readBack, names);
        String table = verdict.table(check);
        out.print(table);
        return new Result(listed && verdict.passed(check), verdict.failed(), verdict.wrongPartials(), check.writes(),
                check.missing(), check.changed(), check.duplicated(), verdict.faults(), verdict.unrecovered(), table);
    }

    /** The soak kills and stops processes: it may only ever talk to this machine. */
    private void requireLocal() {
        List<URI> urls = new ArrayList<>(List.of(config.tokenUrl()));
        SoakWorkload.SUBGRAPHS.forEach(module -> urls.add(config.serviceUrl(module)));
        urls.add(config.serviceUrl(SoakWorkload.GATEWAY));
        urls.stream().filter(url -> !LOCAL_HOSTS.contains(url.getHost())).findFirst().ifPresent(url -> {
            throw new LauncherException("soak runs against this machine only, not " + url);
        });
    }

    /**
     * The resident memory of the launcher and every process it started (Keycloak's with its JVM, which runs under
     * kc.sh): VmRSS of /proc/<pid>/status.
     */
    private void sampleRss(SoakVerdict verdict) {
        PidFiles pidFiles = new PidFiles(config.runDir());
        List<String> components = new ArrayList<>(config.components());
        components.add(Suite.LAUNCHER);
        components.remove(Suite.POSTGRES);
        for (String component : components) {
            pidFiles.alive(component).ifPresent(p -> verdict.rss(component, Stream.concat(
                    Stream.of(p), component.equals(Suite.KEYCLOAK) ? p.descendants()
                            : Stream.empty()).mapToLong(q -> rssKb(q.pid()).orElse(0L)).sum()));
        }
    }

    static Optional<Long> rssKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
