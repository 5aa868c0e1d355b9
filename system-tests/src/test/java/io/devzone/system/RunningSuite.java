package io.devzone.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.devzone.launcher.ProgressListener;
import io.devzone.launcher.StartupFailedException;
import io.devzone.launcher.Suite;
import io.devzone.launcher.SuiteConfig;

/**
 * The whole suite, started once for all system tests exactly as {@code ./devzone up} starts it,
 * on ports 10000 above the launcher's (so a running {@code ./devzone up} does not disturb it; another
 * offset with {@code -Ddevzone.system-tests.port-offset=N}, e.g. for two checkouts tested side by side),
 * and stopped when the test run ends.
 */
public final class RunningSuite implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    private static final int PORT_OFFSET = Integer.getInteger("devzone.system-tests.port-offset", 10_000);
    /**
     * The share of traces the suite's processes sample and export to {@link #traces()}: so few that the other tests'
     * requests are practically never traced, while a trace id whose low 64 bits are small is in every process
     * (the ratio sampler decides on those bits alone). {@link TracesIT} sends one.
     */
    static final String SAMPLED_RATIO = "0.0001";
    private static SuiteConfig config;
    private static Suite suite;
    private static TraceReceiver traces;
    /** Why the suite did not start; every later test class fails with it instead of "connection refused". */
    private static RuntimeException startFailure;

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (RunningSuite.class) {
            if (startFailure != null) {
                throw startFailure;
            }
            if (suite == null) {
                Path root = Path.of(System.getProperty("devzone.repository.root", "..")).toAbsolutePath();
                config = SuiteConfig.forRepository(root)
                        .withDataDir(Path.of(System.getProperty("devzone.suite.data-dir", "target/suite")))
                        .withPortOffset(PORT_OFFSET);
                traces = new TraceReceiver();
                config = config.withServiceEnvironment(Map.of(
                        "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", traces.endpoint().toString(),
                        "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf",
                        "QUARKUS_OTEL_TRACES_SAMPLER_ARG", SAMPLED_RATIO,
                        // sent within a fifth of a second of ending rather than five
                        "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms"));
                // Fresh databases every run, so the suite loads the demo data the tests read (Keycloak's folder,
                // whose first start is slow, is kept).
                deleteTree(config.postgresDataDir());
                suite = new Suite(config);
                // The root store closes this once, after the last test class.
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningSuite.class.getName(), this);
                try {
                    suite.start(ProgressListener.SILENT);
                } catch (StartupFailedException e) {
                    // CI keeps the test output, not the suite's log files: carry the log's end along.
                    startFailure = new IllegalStateException(e.getMessage() + "\n" + e.logReport(), e);
                    throw startFailure;
                } catch (RuntimeException e) {
                    startFailure = e;
                    throw e;
                }
            }
        }
    }

    @Override
    public void close() {
        synchronized (RunningSuite.class) {
            if (suite != null) {
                suite.close();
                suite = null;
            }
            if (traces != null) {
                traces.close();
                traces = null;
            }
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the old test databases in " + root, e);
        }
    }

    /** The OTLP receiver the suite's processes export their sampled spans to. */
    static TraceReceiver traces() {
        return traces;
    }

    static Suite suite() {
        return suite;
    }

    static URI service(String module) {
        return config.serviceUrl(module);
    }

    static URI tokenUrl() {
        return config.tokenUrl();
    }

    /** The local Keycloak itself (its admin API and other realms), not only the devzone realm. */
    static URI keycloak() {
        return config.keycloakUrl();
    }

    static URI oidcUrl() {
        return config.oidcUrl();
    }

    static Path repositoryRoot() {
        return config.repositoryRoot();
    }
}
