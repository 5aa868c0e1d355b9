package io.devzone.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The process side of {@link Suite} with a stand-in service: no database of its own and an
 * "external" OIDC realm, so neither PostgreSQL nor Keycloak starts. A second or two per test.
 */
class SuiteProcessTest {

    private static final Map<String, String> EXTERNAL_OIDC = Map.of(SuiteConfig.OIDC_URL_VARIABLE, "http://localhost:1/realms/devzone");

    @TempDir
    Path dir;

    private SuiteConfig config(int port) throws IOException {
        return SuiteConfig.forRepository(FakeRepository.create(dir.resolve("repo"), "fake-service"))
                .withDataDir(dir.resolve("data"))
                .withServices(List.of(new ServiceSpec("fake-service", ServiceSpec.Kind.GATEWAY, port, Optional.empty(), List.of())))
                .withEnvironment(EXTERNAL_OIDC);
    }

    @Test
    void startsTheServiceWithItsEnvironmentAndStopsItWithoutTrace() throws Exception {
        int port = freePort();
        SuiteConfig config = config(port);
        ProcessHandle service;
        try (Suite suite = new Suite(config)) {
            suite.start(ProgressListener.SILENT);

            assertTrue(suite.isRunning("fake-service"));
            assertTrue(HttpProbe.isOk(config.readinessUrl("fake-service")));
            String log = Files.readString(suite.logFile("fake-service"));
            assertTrue(log.contains("env QUARKUS_HTTP_PORT=" + port), log);
            assertTrue(log.contains("env QUARKUS_OIDC_AUTH_SERVER_URL=http://localhost:1/realms/devzone"), log);
            assertTrue(log.contains("env QUARKUS_DATASOURCE_JDBC_URL=null"), log);
            PidFiles pidFiles = new PidFiles(config.runDir());
            assertEquals(ProcessHandle.current().pid(), pidFiles.alive(Suite.LAUNCHER).orElseThrow().pid());
            service = pidFiles.alive("fake-service").orElseThrow();
        }
        assertFalse(service.isAlive());
        assertTrue(new PidFiles(config.runDir()).alive("fake-service").isEmpty());
        assertTrue(new PidFiles(config.runDir()).alive(Suite.LAUNCHER).isEmpty());
    }

    @Test
    void aServiceReachesItsEmbeddedDatabaseWithItsOwnLoginAndABoundedHeap() throws Exception {
        SuiteConfig config = config(freePort()).withPostgresPort(freePort())
                .withServices(List.of(ServiceSpec.department("fake-service", freePort(), "fake")));
        try (Suite suite = new Suite(config)) {
            suite.start(ProgressListener.SILENT);

            String log = Files.readString(suite.logFile("fake-service"));
            assertTrue(log.contains("connected as fake to fake"), log);
            assertTrue(log.contains("max heap 256 MiB"), log);
        }
    }

    @Test
    void aServiceThatRunsOutOfHeapEndsAndIsToldSo() throws Exception {
        SuiteConfig config = config(freePort());
        config = config.withEnvironment(Map.of(SuiteConfig.OIDC_URL_VARIABLE, "http://localhost:1/realms/devzone",
                "FAKE_JAVA_OPTS", "-Xmx32m")).withServiceEnvironment(Map.of("FAKE_HOARD", "1"));
        try (Suite suite = new Suite(config)) {
            suite.start(ProgressListener.SILENT);
            ProcessHandle service = new PidFiles(config.runDir()).alive("fake-service").orElseThrow();
            service.onExit().get(60, TimeUnit.SECONDS);

            assertFalse(suite.isRunning("fake-service"));
            String log = Files.readString(suite.logFile("fake-service"));
            assertTrue(log.contains("max heap 32 MiB"), log);
            assertTrue(log.contains("Terminating due to java.lang.OutOfMemoryError"), log);
            assertTrue(Supervision.outOfMemory(suite.logFile("fake-service")).contains("ran out of memory"));
        }
    }

    @Test
    void aServiceKilledWhileTheSuiteRunsIsStartedAgainAndSaidSo() throws Exception {
        SuiteConfig config = config(freePort());
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        PidFiles pidFiles = new PidFiles(config.runDir());
        try (Suite suite = new Suite(config)) {
            suite.start(ProgressListener.SILENT);
            Thread watching = new Thread(new Supervision(suite, out)::watch);
            watching.setDaemon(true);
            watching.start();
            ProcessHandle first = pidFiles.alive("fake-service").orElseThrow();

            first.destroyForcibly();
            first.onExit().get(10, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!output.toString(StandardCharsets.UTF_8).contains("fake-service is ready again")
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }

            String said = output.toString(StandardCharsets.UTF_8);
            assertTrue(said.contains("! fake-service stopped on its own; see " + suite.logFile("fake-service")
                    + "; starting it again in 1 s"), said);
            assertTrue(said.contains("  starting fake-service again"), said);
            assertTrue(said.contains("fake-service is ready again"), said);
            ProcessHandle second = pidFiles.alive("fake-service").orElseThrow();
            assertTrue(second.pid() != first.pid());
            assertTrue(HttpProbe.isOk(config.readinessUrl("fake-service")));
            // the log goes on: both starts are in it
            String log = Files.readString(suite.logFile("fake-service"));
            assertEquals(2, log.split("env QUARKUS_HTTP_PORT=", -1).length - 1, log);
        }
    }

    @Test
    void aServiceThatDiesReportsTheEndOfItsLogAndNothingStaysUp() throws Exception {
        SuiteConfig config = config(freePort()).withServiceEnvironment(Map.of("FAKE_FAIL", "1"));
        Suite suite = new Suite(config);

        StartupFailedException failure = assertThrows(StartupFailedException.class, () -> suite.start(ProgressListener.SILENT));

        assertEquals("fake-service", failure.component());
        assertTrue(failure.getMessage().contains("exited with code 3"), failure.getMessage());
        assertTrue(failure.logTail().contains("boom: failing on purpose"), failure.logTail().toString());
        assertTrue(suite.isClosed());
    }

    @Test
    void aTakenPortStopsTheStartBeforeAnythingRuns() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            SuiteConfig config = config(taken.getLocalPort());
            Suite suite = new Suite(config);

            LauncherException failure = assertThrows(LauncherException.class, () -> suite.start(ProgressListener.SILENT));

            assertEquals(PortCheck.inUseMessage(taken.getLocalPort(), "fake-service"), failure.getMessage());
            assertFalse(Files.exists(config.logFile("fake-service")));
        }
    }

    @Test
    void aSecondStartOnTheSameDataLeavesTheRunningSuiteAlone() throws Exception {
        SuiteConfig config = config(freePort());
        Process other = new ProcessBuilder("sleep", "30").start(); // stands in for a running launcher
        try {
            new PidFiles(config.runDir()).write(Suite.LAUNCHER, other.toHandle());

            LauncherException failure = assertThrows(LauncherException.class, () -> new Suite(config).start(ProgressListener.SILENT));

            assertTrue(failure.getMessage().startsWith("DevZone already runs from " + config.dataDir()), failure.getMessage());
            assertEquals(other.pid(), new PidFiles(config.runDir()).alive(Suite.LAUNCHER).orElseThrow().pid());
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void aServiceThatIsNotBuiltIsNamed() throws Exception {
        SuiteConfig config = config(freePort());
        Files.delete(config.serviceJar(config.service("fake-service")));

        LauncherException failure = assertThrows(LauncherException.class, () -> new Suite(config).start(ProgressListener.SILENT));

        assertTrue(failure.getMessage().startsWith("fake-service is not built"), failure.getMessage());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
