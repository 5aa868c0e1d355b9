package io.devzone.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuiteConfigTest {

    private static final Path ROOT = Path.of("/repo");

    @Test
    void defaultsRunEverythingLocally() {
        SuiteConfig config = SuiteConfig.forRepository(ROOT);

        assertEquals(Path.of("/repo/.devzone"), config.dataDir());
        assertEquals(List.of("postgres", "keycloak", "investment-service", "land-service", "party-affairs-service",
                "gateway", "web"), config.components());
        assertEquals(Map.of(15432, "postgres", 8180, "keycloak", 8181, "keycloak (management)",
                8081, "investment-service", 8082, "land-service", 8083, "party-affairs-service", 8080, "gateway",
                8090, "web"), config.portsToOpen());
        assertEquals("http://localhost:8180/realms/devzone", config.oidcUrl().toString());
        assertEquals("http://localhost:8180/realms/devzone/protocol/openid-connect/token", config.tokenUrl().toString());
        assertEquals("http://localhost:8180/realms/devzone/.well-known/openid-configuration",
                config.readinessUrl(Suite.KEYCLOAK).toString());
        assertEquals("http://localhost:8082/q/health/ready", config.readinessUrl("land-service").toString());
        assertEquals(Path.of("/repo/.devzone/logs/land-service.log"), config.logFile("land-service"));
        assertEquals(Path.of("/repo/land-service/target/quarkus-app/quarkus-run.jar"),
                config.serviceJar(config.service("land-service")));
    }

    @Test
    void theGatewayIsToldEveryDepartmentsSubgraphAndTheirPortsMoveWithTheOffset(@TempDir Path data) {
        SuiteConfig config = SuiteConfig.forRepository(ROOT).withDataDir(data).withPortOffset(10000);

        Map<String, String> env = config.serviceEnvironment(config.service("gateway"));

        assertEquals("investment=http://localhost:18081/graphql,land=http://localhost:18082/graphql,"
                + "party-affairs=http://localhost:18083/graphql", env.get("DEVZONE_GATEWAY_SUBGRAPH_LIST"));
        assertFalse(config.serviceEnvironment(config.service("land-service")).containsKey("DEVZONE_GATEWAY_SUBGRAPH_LIST"));
    }

    @Test
    void eachServiceGetsOnlyItsOwnDatabaseCredentials(@TempDir Path data) {
        SuiteConfig config = SuiteConfig.forRepository(ROOT).withDataDir(data);

        Map<String, String> env = config.serviceEnvironment(config.service("party-affairs-service"));

        assertEquals("8083", env.get("QUARKUS_HTTP_PORT"));
        assertEquals("jdbc:postgresql://localhost:15432/party_affairs", env.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("party_affairs", env.get("QUARKUS_DATASOURCE_USERNAME"));
        assertEquals(config.loginPassword("party_affairs"), env.get("QUARKUS_DATASOURCE_PASSWORD"));
        assertEquals("http://localhost:8180/realms/devzone", env.get("QUARKUS_OIDC_AUTH_SERVER_URL"));
        assertEquals("http://localhost:8081", env.get("DEVZONE_INVESTMENT_URL"));
        assertEquals("false", env.get("QUARKUS_LOG_CONSOLE_JSON_ENABLED"), "the suite's logs are text, not production JSON");
        assertFalse(env.values().stream().anyMatch(v -> v.contains("investment") && !v.startsWith("http")), env.toString());
        Set<String> otherPasswords = Set.of(config.loginPassword("investment"), config.loginPassword("land"),
                config.loginPassword(SuiteConfig.POSTGRES_SUPERUSER));
        assertFalse(env.values().stream().anyMatch(otherPasswords::contains), env.toString());
    }

    @Test
    void embeddedLoginsHaveRandomPasswordsKeptInTheDataFolder(@TempDir Path data) {
        SuiteConfig config = SuiteConfig.forRepository(ROOT).withDataDir(data.resolve("one"));

        String land = config.loginPassword("land");

        assertEquals(land, config.loginPassword("land"), "the same across restarts, or the login is lost");
        assertTrue(Files.isRegularFile(data.resolve("one/keys/land.password")));
        assertNotEquals("land", land);
        assertNotEquals(land, config.loginPassword("investment"));
        assertNotEquals(land, config.withDataDir(data.resolve("two")).loginPassword("land"), "another data folder, another password");
    }

    @Test
    void everyServiceHasABoundedHeapAndEndsWhenItRunsOut() {
        SuiteConfig config = SuiteConfig.forRepository(ROOT);

        for (ServiceSpec service : config.services()) {
            assertEquals(List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"), config.javaOptions(service), service.module());
        }
    }

    @Test
    void aServicesJavaOptionsComeLastSoTheyWin() {
        SuiteConfig config = SuiteConfig.fromEnvironment(ROOT, Map.of("LAND_JAVA_OPTS", " -Xmx1g  -XX:+HeapDumpOnOutOfMemoryError "));

        assertEquals(List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-Xmx1g", "-XX:+HeapDumpOnOutOfMemoryError"),
                config.javaOptions(config.service("land-service")));
        assertEquals(List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"), config.javaOptions(config.service("gateway")));
    }

    @Test
    void theWebAppIsToldWhereTheGatewayAndTheRealmAreAndTheGatewayWhereTheWebAppIs() {
        SuiteConfig config = SuiteConfig.forRepository(ROOT).withPortOffset(25_000);

        Map<String, String> web = config.serviceEnvironment(config.service("web"));
        assertEquals("33090", web.get("QUARKUS_HTTP_PORT"));
        assertEquals("http://localhost:33080", web.get("DEVZONE_GATEWAY_URL"));
        assertEquals("http://localhost:33180/realms/devzone", web.get("QUARKUS_OIDC_AUTH_SERVER_URL"));
        assertFalse(web.containsKey("QUARKUS_DATASOURCE_JDBC_URL"));
        // the origin the gateway's CORS admits (gateway/src/main/resources/application.properties)
        assertEquals("http://localhost:33090", config.serviceEnvironment(config.service("gateway")).get("DEVZONE_WEB_URL"));
    }

    @Test
    void theApisShareTheCoresAsEventLoopsAndTheWebAppGetsOneUnlessTheLauncherIsToldOtherwise() {
        SuiteConfig config = SuiteConfig.forRepository(ROOT);
        ServiceSpec gateway = config.service("gateway");
        ServiceSpec web = config.service("web");

        assertEquals(1, config.eventLoops(gateway, 2));
        assertEquals(1, config.eventLoops(gateway, 4));
        assertEquals(2, config.eventLoops(gateway, 8));
        assertEquals(4, config.eventLoops(gateway, 16));
        assertEquals(1, config.eventLoops(web, 16));
        assertEquals(Integer.toString(config.eventLoops(gateway, Runtime.getRuntime().availableProcessors())),
                config.serviceEnvironment(gateway).get("QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE"));
        assertEquals("1", config.serviceEnvironment(web).get("QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE"));
        SuiteConfig told = config.withEnvironment(Map.of("QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE", "3"));
        assertFalse(told.serviceEnvironment(told.service("gateway")).containsKey("QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE"));
    }

    @Test
    void systemTestsMoveEveryPortAndTheDataFolder(@TempDir Path data) {
        SuiteConfig config = SuiteConfig.forRepository(ROOT)
                .withDataDir(data.resolve("system-tests/target/suite"))
                .withPortOffset(10_000);

        assertEquals(Map.of(25432, "postgres", 18180, "keycloak", 18181, "keycloak (management)",
                18081, "investment-service", 18082, "land-service", 18083, "party-affairs-service", 18080, "gateway",
                18090, "web"), config.portsToOpen());
        assertEquals("jdbc:postgresql://localhost:25432/land",
                config.serviceEnvironment(config.service("land-service")).get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("http://localhost:18180/realms/devzone", config.oidcUrl().toString());
        assertEquals(data.resolve("system-tests/target/suite/logs/keycloak.log"), config.logFile("keycloak"));
        assertEquals(18099, config.withServicePort("land-service", 18099).service("land-service").port());
    }

    @Test
    void theRealmsLocalPortsMoveWithTheSuite() {
        SuiteConfig config = SuiteConfig.forRepository(ROOT).withPortOffset(10_000).withServicePort("web", 18099);

        Map<Integer, Integer> moved = config.movedPorts();

        assertEquals(18180, moved.get(8180));
        assertEquals(18080, moved.get(8080));
        assertEquals(18099, moved.get(8090));
        assertEquals(Map.of(8180, 8180, 8081, 8081, 8082, 8082, 8083, 8083, 8080, 8080, 8090, 8090),
                SuiteConfig.forRepository(ROOT).movedPorts());
    }

    @Test
    void theEnvironmentPointsServicesAtExternalInfrastructure() {
        SuiteConfig config = SuiteConfig.fromEnvironment(ROOT, Map.of(
                "DEVZONE_DATA_DIR", "/tmp/dz",
                "DEVZONE_OIDC_URL", "https://sso.example.com/realms/devzone",
                "LAND_DB_URL", "jdbc:postgresql://db.example.com/land",
                "LAND_DB_USERNAME", "land_app",
                "LAND_DB_PASSWORD", "secret"));

        assertEquals(Path.of("/tmp/dz"), config.dataDir());
        assertFalse(config.startsKeycloak());
        assertTrue(config.startsPostgres()); // the other two still use it
        Map<String, String> land = config.serviceEnvironment(config.service("land-service"));
        assertEquals("jdbc:postgresql://db.example.com/land", land.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("land_app", land.get("QUARKUS_DATASOURCE_USERNAME"));
        assertEquals("secret", land.get("QUARKUS_DATASOURCE_PASSWORD"));
        assertEquals("https://sso.example.com/realms/devzone", land.get("QUARKUS_OIDC_AUTH_SERVER_URL"));
        assertEquals("https://sso.example.com/realms/devzone/protocol/openid-connect/token", config.tokenUrl().toString());
        assertEquals(List.of("postgres", "investment-service", "land-service", "party-affairs-service", "gateway", "web"),
                config.components());
    }

    @Test
    void aPortOffsetMovesEveryPortForASecondSuite() {
        SuiteConfig config = SuiteConfig.fromEnvironment(ROOT, Map.of("DEVZONE_PORT_OFFSET", "20000"));

        assertEquals(35432, config.postgresPort());
        assertEquals("http://localhost:28180/realms/devzone", config.oidcUrl().toString());
        assertEquals("http://localhost:28082", config.serviceUrl("land-service").toString());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SuiteConfig.fromEnvironment(ROOT, Map.of("DEVZONE_PORT_OFFSET", "lots")));
        assertEquals("DEVZONE_PORT_OFFSET must be a whole number from 0 to 50000, not lots", e.getMessage());
    }

    @Test
    void noEmbeddedDatabaseWhenEveryServiceHasAnExternalOne() {
        SuiteConfig config = SuiteConfig.fromEnvironment(ROOT, Map.of(
                "INVESTMENT_DB_URL", "jdbc:postgresql://db/investment",
                "LAND_DB_URL", "jdbc:postgresql://db/land",
                "PARTY_AFFAIRS_DB_URL", "jdbc:postgresql://db/party_affairs",
                "DEVZONE_DATA_DIR", " "));

        assertFalse(config.startsPostgres());
        assertFalse(config.portsToOpen().containsKey(15432));
        assertEquals(Path.of("/repo/.devzone"), config.dataDir()); // blank counts as unset
        // Without *_DB_USERNAME the service keeps its own setting.
        assertFalse(config.serviceEnvironment(config.service("investment-service")).containsKey("QUARKUS_DATASOURCE_USERNAME"));
    }

    @Test
    void twoComponentsOnOnePortAreRefused() {
        SuiteConfig config = SuiteConfig.forRepository(ROOT).withServicePort("land-service", 8180);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, config::portsToOpen);
        assertEquals("Port 8180 is configured for both keycloak and land-service", e.getMessage());
    }

    @Test
    void environmentPrefixes() {
        assertEquals(List.of("INVESTMENT", "LAND", "PARTY_AFFAIRS", "GATEWAY", "WEB"),
                ServiceSpec.ALL.stream().map(ServiceSpec::environmentPrefix).toList());
    }

    @Test
    void findsTheRepositoryFromASubfolder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("launcher"));
        Files.createDirectories(dir.resolve("system-tests/target"));
        Files.writeString(dir.resolve("mvnw"), "");

        assertEquals(dir.toRealPath(), SuiteConfig.locateRepositoryRoot(dir.resolve("system-tests/target")).toRealPath());
    }
}
