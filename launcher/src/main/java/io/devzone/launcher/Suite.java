package io.devzone.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole suite on one machine: embedded PostgreSQL, Keycloak and every service, each service
 * in its own process, with the departments' demo data loaded into a fresh one ({@link DemoData}).
 * Used by {@code ./devzone up} and by the system tests:
 * <pre>{@code
 * try (Suite suite = new Suite(config)) {
 *     suite.start(ProgressListener.SILENT);
 *     ... suite.config().serviceUrl("land-service"), suite.config().tokenUrl() ...
 * }
 * }</pre>
 * {@link #close()} stops everything it started (services, then Keycloak, then PostgreSQL); it may
 * be called from a shutdown hook while {@link #start} is still running.
 */
public final class Suite implements AutoCloseable {

    public static final String POSTGRES = "postgres";
    public static final String KEYCLOAK = "keycloak";
    /** The process that owns the suite (the launcher, or a test JVM); {@code down} signals it first. */
    public static final String LAUNCHER = "launcher";

    // Generous: a process that dies is noticed at once, these only catch one that hangs. On a busy
    // 2-core machine Keycloak took 250-300 s (its first start, a build and then its schema, 12 min)
    // and a service 185 s; idle, they take about 15 s and 5 s.
    static final Duration KEYCLOAK_TIMEOUT = Duration.ofSeconds(600);
    static final Duration KEYCLOAK_FIRST_START_TIMEOUT = Duration.ofSeconds(1200);
    static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(300);

    private final SuiteConfig config;
    private final PidFiles pidFiles;
    private final Object lock = new Object();
    // Guarded by lock: what close() must stop.
    private boolean closed;
    private EmbeddedDatabase database;
    private ManagedProcess keycloak;
    private Path keycloakHome;
    private final List<ManagedProcess> services = new ArrayList<>();
    /** How each process was started, to start it again when it stops on its own. */
    private final Map<String, Launch> launches = new HashMap<>();
    private volatile ProgressListener progress = ProgressListener.SILENT;

    public Suite(SuiteConfig config) {
        this.config = config;
        this.pidFiles = new PidFiles(config.runDir());
    }

    /**
     * Starts every component and waits until each is ready.
     *
     * @throws LauncherException       if a port is taken, a service isn't built or the suite already runs
     *                                 (nothing was started then)
     * @throws StartupFailedException  if a component failed to become ready (everything started is stopped again)
     */
    public void start(ProgressListener listener) {
        this.progress = listener;
        try {
            checkCanStart();
            pidFiles.write(LAUNCHER, ProcessHandle.current());
            startComponents();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void checkCanStart() {
        pidFiles.alive(LAUNCHER).filter(p -> p.pid() != ProcessHandle.current().pid()).ifPresent(p -> {
            throw new LauncherException("DevZone already runs from " + config.dataDir() + " (pid " + p.pid()
                    + "). Check with ./devzone status, stop it with ./devzone down.");
        });
        PortCheck.requireFree(config.portsToOpen());
        if (config.startsPostgres()) {
            EmbeddedDatabase.postmaster(config.postgresDataDir()).ifPresent(p -> {
                throw new LauncherException("A PostgreSQL left over from an earlier run still uses "
                        + config.postgresDataDir() + " (pid " + p.pid() + "). Stop it with ./devzone down.");
            });
        }
        for (ServiceSpec service : config.services()) {
            if (!config.serviceJar(service).toFile().isFile()) {
                throw new LauncherException(service.module() + " is not built: " + config.serviceJar(service)
                        + " is missing. Build it with ./mvnw -DskipTests install -pl " + service.module()
                        + " -am (./devzone up does that).");
            }
        }
    }

    private void startComponents() {
        Path installed = null;
        Duration keycloakTimeout = KEYCLOAK_TIMEOUT;
        if (config.startsKeycloak()) {
            // Launched first: it takes longest.
            installed = KeycloakDistribution.fromBuild().install(config.dataDir(), config.movedPorts(), progress);
            if (!KeycloakDistribution.hasStartedBefore(installed)) {
                keycloakTimeout = KEYCLOAK_FIRST_START_TIMEOUT;
                progress.note("  (Keycloak's first start builds it: a minute or more)");
            }
            launchKeycloak(installed);
        }
        boolean freshDatabase = config.startsPostgres() && startPostgres();
        // The services boot while Keycloak does: they need their database at startup, but Keycloak only at
        // the first request (and the gateway's composition retries until its service account gets a token).
        List<ManagedProcess> started = new ArrayList<>();
        for (ServiceSpec service : config.services()) {
            started.add(launch(service));
        }
        if (installed != null) {
            progress.starting(KEYCLOAK);
            keycloak.awaitReady(config.readinessUrl(KEYCLOAK), keycloakTimeout, progress);
            KeycloakDistribution.markStarted(installed);
        }
        for (ManagedProcess service : started) {
            progress.starting(service.name());
            service.awaitReady(config.readinessUrl(service.name()), SERVICE_TIMEOUT, progress);
        }
        DemoData demoData = new DemoData(config);
        if (demoData.wanted(freshDatabase)) {
            demoData.load(progress);
        }
    }

    /** Starts the embedded PostgreSQL; true when its data folder was created now (a fresh suite). */
    private boolean startPostgres() {
        progress.starting(POSTGRES);
        long startedAt = System.nanoTime();
        boolean fresh = !Files.exists(config.postgresDataDir());
        try {
            EmbeddedDatabase db;
            synchronized (lock) {
                requireOpen();
                db = database = EmbeddedDatabase.start(config.postgresDataDir(), config.postgresPort(),
                        config.logFile(POSTGRES), config.loginPassword(SuiteConfig.POSTGRES_SUPERUSER));
            }
            db.postmaster().ifPresent(p -> pidFiles.write(POSTGRES, p));
            config.services().stream()
                    .filter(s -> config.database(s).filter(SuiteConfig.Database::embedded).isPresent())
                    .map(s -> s.database().orElseThrow())
                    .forEach(name -> db.ensureDatabase(name, config.loginPassword(name)));
        } catch (LauncherException e) {
            progress.failed(POSTGRES, Duration.ofNanos(System.nanoTime() - startedAt), e.getMessage());
            throw e;
        }
        progress.ready(POSTGRES, Duration.ofNanos(System.nanoTime() - startedAt));
        return fresh;
    }

    /** Stops one service of a running suite and leaves the rest running, as when a department's service fails. */
    public void stopService(String module) {
        ManagedProcess process;
        synchronized (lock) {
            process = services.stream().filter(s -> s.name().equals(module)).findFirst()
                    .orElseThrow(() -> new LauncherException(module + " is not running"));
            services.remove(process);
            launches.remove(module); // stopped on purpose: not to be started again by Supervision
        }
        ManagedProcess.stopAll(List.of(process));
        stopped(module);
    }

    /**
     * Stops the suite's Keycloak and leaves the rest running, as when the identity provider goes away: tokens
     * already issued stay valid (its realm and keys are kept for {@link #startKeycloak}).
     */
    public void stopKeycloak() {
        ManagedProcess process;
        synchronized (lock) {
            if (keycloak == null || !keycloak.isAlive()) {
                throw new LauncherException(KEYCLOAK + " is not running");
            }
            process = keycloak;
        }
        ManagedProcess.stopAll(List.of(process));
        stopped(KEYCLOAK);
    }

    /** Starts the suite's Keycloak (stopped by {@link #stopKeycloak}) again and waits until it is ready. */
    public void startKeycloak() {
        Path home;
        synchronized (lock) {
            home = keycloakHome;
        }
        if (home == null) {
            throw new LauncherException("This suite uses an external Keycloak (" + config.oidcUrl() + ")");
        }
        launchKeycloak(home).awaitReady(config.readinessUrl(KEYCLOAK), KEYCLOAK_TIMEOUT, progress);
    }

    private ManagedProcess launchKeycloak(Path home) {
        synchronized (lock) {
            keycloakHome = home;
        }
        return launch(KEYCLOAK, KeycloakDistribution.command(home, config.keycloakPort(),
                config.keycloakManagementPort()), KeycloakDistribution.environment(config.environment()), home);
    }

    /** Starts one service (stopped by {@link #stopService}) again and waits until it is ready. */
    public void startService(String module) {
        launch(config.service(module)).awaitReady(config.readinessUrl(module), SERVICE_TIMEOUT, progress);
    }

    private ManagedProcess launch(ServiceSpec service) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, String> environment = new HashMap<>(config.serviceEnvironment(service));
        environment.putAll(LocalKeys.of(config.keysDir(), service, config.environment()));
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(config.javaOptions(service));
        command.addAll(List.of("-jar", config.serviceJar(service).toString()));
        return launch(service.module(), command, environment, config.repositoryRoot().resolve(service.module()));
    }

    private ManagedProcess launch(String name, List<String> command, Map<String, String> environment, Path workingDir) {
        return launch(name, new Launch(command, environment, workingDir), false);
    }

    /**
     * Starts a service or Keycloak that has stopped on its own again, as it was started, its log going on; the
     * caller waits for its readiness ({@link Supervision} does).
     *
     * @throws LauncherException if it still runs, was never started here (PostgreSQL) or the suite is stopping
     */
    public void restart(String component) {
        synchronized (lock) {
            requireOpen();
            Launch launch = launches.get(component);
            if (launch == null || isRunning(component)) {
                throw new LauncherException(component + " is " + (launch == null ? "not restarted by the launcher"
                        : "running"));
            }
            services.removeIf(s -> s.name().equals(component));
            launch(component, launch, true);
        }
    }

    /** Starts a process unless the suite is being closed, and records it for {@link #close()} and {@code down}. */
    private ManagedProcess launch(String name, Launch launch, boolean again) {
        synchronized (lock) {
            requireOpen();
            ManagedProcess process = ManagedProcess.start(name, launch.command(), launch.environment(),
                    launch.workingDir(), config.logFile(name), again);
            launches.put(name, launch);
            pidFiles.write(name, process.handle());
            if (name.equals(KEYCLOAK)) {
                keycloak = process;
            } else {
                services.add(process);
            }
            return process;
        }
    }

    private record Launch(List<String> command, Map<String, String> environment, Path workingDir) {
    }

    private void requireOpen() {
        if (closed) {
            throw new LauncherException("DevZone is stopping");
        }
    }

    /** Stops whatever was started: services first, then Keycloak, then PostgreSQL. Safe to call more than once. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (!services.isEmpty()) {
            ManagedProcess.stopAll(services);
            services.forEach(s -> stopped(s.name()));
        }
        if (keycloak != null) {
            ManagedProcess.stopAll(List.of(keycloak));
            stopped(KEYCLOAK);
        }
        if (database != null) {
            database.close();
            stopped(POSTGRES);
        }
        // Only our own record: a failed second start must not hide the suite that is running.
        pidFiles.alive(LAUNCHER).filter(p -> p.pid() == ProcessHandle.current().pid())
                .ifPresent(p -> pidFiles.delete(LAUNCHER));
    }

    private void stopped(String component) {
        pidFiles.delete(component);
        progress.note("  stopped " + component);
    }

    /** Whether the component was started and still runs (the launcher watches a running suite with it). */
    public boolean isRunning(String component) {
        synchronized (lock) {
            if (component.equals(POSTGRES)) {
                return database != null && database.postmaster().isPresent();
            }
            if (component.equals(KEYCLOAK)) {
                return keycloak != null && keycloak.isAlive();
            }
            return services.stream().anyMatch(s -> s.name().equals(component) && s.isAlive());
        }
    }

    public boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    public SuiteConfig config() {
        return config;
    }

    /** {@code <data>/logs/<component>.log}: a process' stdout and stderr (PostgreSQL's server log for postgres). */
    public Path logFile(String component) {
        return config.logFile(component);
    }
}
