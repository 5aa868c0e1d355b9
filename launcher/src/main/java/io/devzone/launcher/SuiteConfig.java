package io.devzone.launcher;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything that differs between two runs of the suite: where it lives, its ports, and the
 * variables that point services at external infrastructure. Immutable; change it with the
 * {@code with...} methods, e.g. for system tests:
 * <pre>{@code
 * SuiteConfig.forRepository(root).withDataDir(root.resolve("system-tests/target/suite")).withPortOffset(10_000)
 * }</pre>
 *
 * @param repositoryRoot         the checkout, whose {@code <module>/target/quarkus-app} jars are run
 * @param dataDir                logs, pid files, the PostgreSQL cluster and the unpacked Keycloak
 * @param postgresPort           the embedded PostgreSQL's port
 * @param keycloakPort           Keycloak's HTTP port
 * @param keycloakManagementPort Keycloak's management port (Keycloak's own default, 9000, is often taken)
 * @param services               the services to run
 * @param environment            the launcher's variables ({@code DEVZONE_OIDC_URL}, {@code <SERVICE>_DB_URL}, ...)
 * @param serviceEnvironment     extra variables given to every service process
 */
public record SuiteConfig(
        Path repositoryRoot,
        Path dataDir,
        int postgresPort,
        int keycloakPort,
        int keycloakManagementPort,
        List<ServiceSpec> services,
        Map<String, String> environment,
        Map<String, String> serviceEnvironment) {

    public static final String DATA_DIR_VARIABLE = "DEVZONE_DATA_DIR";
    public static final String PORT_OFFSET_VARIABLE = "DEVZONE_PORT_OFFSET";
    private static final int POSTGRES_PORT = 15432;
    public static final String OIDC_URL_VARIABLE = "DEVZONE_OIDC_URL";
    public static final String REALM = "devzone";
    static final String EVENT_LOOPS_VARIABLE = "QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE";
    /** The embedded cluster's superuser, reachable only with its password. */
    static final String POSTGRES_SUPERUSER = "postgres";
    /**
     * Each service's heap bound (the gateway's too): with the demo data and the system tests none used more than 66 MB
     * of heap (README, "Memory"), so a runaway request meets this bound long before it can starve the machine.
     */
    static final String SERVICE_HEAP = "-Xmx256m";
    /** A JVM that runs out of memory ends (and the launcher tells), rather than limping on half broken. */
    static final String EXIT_ON_OUT_OF_MEMORY = "-XX:+ExitOnOutOfMemoryError";

    public SuiteConfig {
        repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        dataDir = dataDir.toAbsolutePath().normalize();
        services = List.copyOf(services);
        environment = Map.copyOf(environment);
        serviceEnvironment = Map.copyOf(serviceEnvironment);
    }

    /** The defaults: data in {@code <root>/.devzone}, PostgreSQL 15432, Keycloak 8180/8181, services 8080-8083, web 8090. */
    public static SuiteConfig forRepository(Path repositoryRoot) {
        return new SuiteConfig(repositoryRoot, repositoryRoot.resolve(".devzone"), POSTGRES_PORT, 8180, 8181,
                ServiceSpec.ALL, Map.of(), Map.of());
    }

    /**
     * The defaults, adjusted by the launcher's environment: {@code DEVZONE_DATA_DIR}, {@code DEVZONE_PORT_OFFSET}
     * (every port moved, to run a second suite beside the first) and the external-service variables.
     */
    public static SuiteConfig fromEnvironment(Path repositoryRoot, Map<String, String> env) {
        SuiteConfig defaults = forRepository(repositoryRoot).withEnvironment(env);
        SuiteConfig config = value(env, DATA_DIR_VARIABLE).map(dir -> defaults.withDataDir(Path.of(dir))).orElse(defaults);
        return value(env, PORT_OFFSET_VARIABLE).map(offset -> config.withPortOffset(portOffset(offset))).orElse(config);
    }

    private static int portOffset(String text) {
        try {
            int offset = Integer.parseInt(text);
            if (offset >= 0 && offset <= 50_000) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException(PORT_OFFSET_VARIABLE + " must be a whole number from 0 to 50000, not " + text);
    }

    /** The nearest folder at or above {@code start} that holds the launcher module and the Maven wrapper. */
    public static Path locateRepositoryRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("launcher"))) {
                return dir;
            }
        }
        throw new IllegalArgumentException("No DevZone repository at or above " + start.toAbsolutePath());
    }

    public SuiteConfig withDataDir(Path newDataDir) {
        return new SuiteConfig(repositoryRoot, newDataDir, postgresPort, keycloakPort, keycloakManagementPort,
                services, environment, serviceEnvironment);
    }

    public SuiteConfig withPostgresPort(int port) {
        return new SuiteConfig(repositoryRoot, dataDir, port, keycloakPort, keycloakManagementPort,
                services, environment, serviceEnvironment);
    }

    public SuiteConfig withKeycloakPorts(int httpPort, int managementPort) {
        return new SuiteConfig(repositoryRoot, dataDir, postgresPort, httpPort, managementPort,
                services, environment, serviceEnvironment);
    }

    public SuiteConfig withServicePort(String module, int port) {
        service(module); // fails for an unknown module
        return withServices(services.stream().map(s -> s.module().equals(module) ? s.withPort(port) : s).toList());
    }

    /** Replaces the services, ports included: call it before {@link #withPortOffset}. */
    public SuiteConfig withServices(List<ServiceSpec> newServices) {
        return new SuiteConfig(repositoryRoot, dataDir, postgresPort, keycloakPort, keycloakManagementPort,
                newServices, environment, serviceEnvironment);
    }

    /** Every port (of the services configured so far) moved by {@code offset}, e.g. 10000 gives PostgreSQL 25432, Keycloak 18180, services 18080-18083, web 18090. */
    public SuiteConfig withPortOffset(int offset) {
        return new SuiteConfig(repositoryRoot, dataDir, postgresPort + offset, keycloakPort + offset,
                keycloakManagementPort + offset, services.stream().map(s -> s.withPort(s.port() + offset)).toList(),
                environment, serviceEnvironment);
    }

    /** How far {@link #withPortOffset} moved the ports: the commands that run ports of their own move them alike. */
    public int portOffset() {
        return postgresPort - POSTGRES_PORT;
    }

    public SuiteConfig withEnvironment(Map<String, String> launcherEnvironment) {
        return new SuiteConfig(repositoryRoot, dataDir, postgresPort, keycloakPort, keycloakManagementPort,
                services, launcherEnvironment, serviceEnvironment);
    }

    public SuiteConfig withServiceEnvironment(Map<String, String> extraServiceEnvironment) {
        return new SuiteConfig(repositoryRoot, dataDir, postgresPort, keycloakPort, keycloakManagementPort,
                services, environment, extraServiceEnvironment);
    }

    public ServiceSpec service(String module) {
        return services.stream().filter(s -> s.module().equals(module)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + module + " in the suite"));
    }

    // --- What runs where ---------------------------------------------------------------------

    /** The OIDC realm given by {@code DEVZONE_OIDC_URL}, if the suite should use an external Keycloak. */
    public Optional<String> externalOidcUrl() {
        return value(environment, OIDC_URL_VARIABLE);
    }

    public boolean startsKeycloak() {
        return externalOidcUrl().isEmpty();
    }

    public boolean startsPostgres() {
        return services.stream().anyMatch(s -> database(s).filter(Database::embedded).isPresent());
    }

    /**
     * Where a service keeps its data: the embedded cluster, unless {@code <PREFIX>_DB_URL} names another. An embedded
     * one's login is named as its database; its password is the data folder's ({@link #loginPassword}).
     */
    public Optional<Database> database(ServiceSpec service) {
        return service.database().map(name -> {
            String prefix = service.environmentPrefix() + "_DB_";
            return value(environment, prefix + "URL")
                    .map(url -> new Database(url, value(environment, prefix + "USERNAME"),
                            value(environment, prefix + "PASSWORD"), false))
                    .orElseGet(() -> new Database("jdbc:postgresql://localhost:" + postgresPort + "/" + name,
                            Optional.of(name), Optional.empty(), true));
        });
    }

    /**
     * The password of a login on the embedded cluster ({@code postgres} or a service's): random, made once per data
     * folder and kept in {@code <data>/keys/<login>.password} (owner-only), like the services' keys.
     */
    public String loginPassword(String login) {
        return LocalKeys.secret(keysDir(), login + ".password");
    }

    /**
     * The variables a service process gets: its port, only its own database credentials (an embedded database's
     * password is read from, or made in, the data folder), the OIDC realm, text logs.
     */
    public Map<String, String> serviceEnvironment(ServiceSpec service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
        database(service).ifPresent(db -> {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl());
            db.username().ifPresent(user -> env.put("QUARKUS_DATASOURCE_USERNAME", user));
            (db.embedded() ? Optional.of(loginPassword(db.username().orElseThrow())) : db.password())
                    .ifPresent(password -> env.put("QUARKUS_DATASOURCE_PASSWORD", password));
        });
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", oidcUrl().toString());
        // The production profile logs JSON (for k8s); the suite's logs and its console are read by a person
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        // Where the other services are, e.g. DEVZONE_GATEWAY_URL, for one (the web app) that calls them.
        services.forEach(s -> env.put("DEVZONE_" + s.environmentPrefix() + "_URL", serviceUrl(s.module()).toString()));
        if (service.kind() == ServiceSpec.Kind.GATEWAY) {
            // the gateway has no subgraph built in: every department's, by the name its errors and metrics show
            env.put("DEVZONE_GATEWAY_SUBGRAPH_LIST", services.stream().filter(s -> s.kind() == ServiceSpec.Kind.DEPARTMENT)
                    .map(s -> s.module().replaceFirst("-service$", "") + "=" + serviceUrl(s.module()) + "/graphql")
                    .collect(Collectors.joining(",")));
        }
        if (!environment.containsKey(EVENT_LOOPS_VARIABLE)) {
            env.put(EVENT_LOOPS_VARIABLE, Integer.toString(eventLoops(service, Runtime.getRuntime().availableProcessors())));
        }
        env.putAll(serviceEnvironment);
        return env;
    }

    /**
     * The JVM options a service runs with: a heap bound and an end on running out of memory, then
     * {@code <PREFIX>_JAVA_OPTS} (e.g. {@code LAND_JAVA_OPTS=-Xmx512m}), whose options win where they differ.
     */
    public List<String> javaOptions(ServiceSpec service) {
        List<String> options = new ArrayList<>(List.of(SERVICE_HEAP, EXIT_ON_OUT_OF_MEMORY));
        value(environment, service.environmentPrefix() + "_JAVA_OPTS")
                .ifPresent(given -> options.addAll(List.of(given.split("\\s+"))));
        return options;
    }

    /**
     * Each API's share of this machine's cores as Vert.x event loops, at least one; the web app, which only serves
     * pages, gets one. Quarkus sizes every JVM for all the cores (two loops a core), but here all the services
     * share them: more loops than cores only spread each one's requests thinner, and a request costs measurably
     * more CPU (see the README's benchmark).
     */
    int eventLoops(ServiceSpec service, int cores) {
        long apis = services.stream().filter(s -> s.kind().servesApi()).count();
        return service.kind().servesApi() ? (int) Math.max(1, cores / Math.max(1, apis)) : 1;
    }

    /**
     * Where this configuration moved each default local port (Keycloak's, each service's), e.g. 8090 to 18090 at
     * the offset 10000: the realm's redirect URIs move with them ({@link KeycloakDistribution#realm}).
     */
    Map<Integer, Integer> movedPorts() {
        SuiteConfig defaults = forRepository(repositoryRoot);
        Map<Integer, Integer> moved = new LinkedHashMap<>();
        moved.put(defaults.keycloakPort, keycloakPort);
        defaults.services.stream()
                .filter(s -> services.stream().anyMatch(own -> own.module().equals(s.module())))
                .forEach(s -> moved.put(s.port(), service(s.module()).port()));
        return moved;
    }

    // --- Addresses and files -----------------------------------------------------------------

    public URI keycloakUrl() {
        return URI.create("http://localhost:" + keycloakPort);
    }

    /** The realm the services trust: the external one, or the local Keycloak's {@code devzone} realm. */
    public URI oidcUrl() {
        return externalOidcUrl().map(URI::create).orElseGet(() -> URI.create(keycloakUrl() + "/realms/" + REALM));
    }

    public URI tokenUrl() {
        return URI.create(oidcUrl() + "/protocol/openid-connect/token");
    }

    public URI serviceUrl(String module) {
        return URI.create("http://localhost:" + service(module).port());
    }

    /** The URL that answers 200 once the component is ready (not defined for PostgreSQL). */
    public URI readinessUrl(String component) {
        if (component.equals(Suite.KEYCLOAK)) {
            return URI.create(oidcUrl() + "/.well-known/openid-configuration");
        }
        return URI.create(serviceUrl(component) + "/q/health/ready");
    }

    /** Every port the suite will listen on, with the component that needs it, in start order. */
    public Map<Integer, String> portsToOpen() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        if (startsPostgres()) {
            claim(ports, postgresPort, Suite.POSTGRES);
        }
        if (startsKeycloak()) {
            claim(ports, keycloakPort, Suite.KEYCLOAK);
            claim(ports, keycloakManagementPort, Suite.KEYCLOAK + " (management)");
        }
        services.forEach(s -> claim(ports, s.port(), s.module()));
        return ports;
    }

    /** The components this configuration starts, in start order. */
    public List<String> components() {
        List<String> components = new ArrayList<>();
        if (startsPostgres()) {
            components.add(Suite.POSTGRES);
        }
        if (startsKeycloak()) {
            components.add(Suite.KEYCLOAK);
        }
        services.forEach(s -> components.add(s.module()));
        return components;
    }

    public Path logFile(String component) {
        return dataDir.resolve("logs").resolve(component + ".log");
    }

    public Path runDir() {
        return dataDir.resolve("run");
    }

    /** The secret keys services need locally ({@link LocalKeys}). */
    public Path keysDir() {
        return dataDir.resolve("keys");
    }

    public Path postgresDataDir() {
        return dataDir.resolve("postgres");
    }

    public Path serviceJar(ServiceSpec service) {
        return repositoryRoot.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static void claim(Map<Integer, String> ports, int port, String component) {
        String other = ports.putIfAbsent(port, component);
        if (other != null) {
            throw new IllegalArgumentException("Port " + port + " is configured for both " + other + " and " + component);
        }
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /**
     * A service's database connection; user name and password may be left to the service for an external one, and
     * an embedded one's password is its login's ({@link #loginPassword}).
     */
    public record Database(String jdbcUrl, Optional<String> username, Optional<String> password, boolean embedded) {
    }
}
