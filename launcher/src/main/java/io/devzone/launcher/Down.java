package io.devzone.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code ./devzone down}: stops a suite running from another terminal, and anything it left behind. */
final class Down {

    /** Long enough for the launcher's own orderly stop (services, Keycloak, PostgreSQL). */
    private static final Duration LAUNCHER_GRACE = Duration.ofSeconds(90);

    private Down() {
    }

    static int run(SuiteConfig config, PrintStream out) {
        PidFiles pidFiles = new PidFiles(config.runDir());
        boolean found = false;
        Optional<ProcessHandle> launcher = pidFiles.alive(Suite.LAUNCHER);
        if (launcher.isPresent()) {
            found = true;
            out.println("Stopping DevZone (pid " + launcher.get().pid() + ") ...");
            launcher.get().destroy(); // its shutdown hook stops the components in order
            if (!ProcessTree.awaitExit(List.of(launcher.get()), LAUNCHER_GRACE)) {
                out.println("  it did not stop within " + LAUNCHER_GRACE.toSeconds() + " s: killing it");
                ProcessTree.stop(launcher.get(), Duration.ZERO);
            }
        }
        pidFiles.delete(Suite.LAUNCHER);
        // Whatever is still alive was left behind, e.g. by a launcher that was killed with SIGKILL.
        List<String> components = new ArrayList<>(config.services().stream().map(ServiceSpec::module).toList());
        components.add(Suite.KEYCLOAK);
        components.add(Suite.POSTGRES);
        for (String component : components) {
            Optional<ProcessHandle> process = pidFiles.alive(component);
            if (component.equals(Suite.POSTGRES)) {
                process = process.or(() -> EmbeddedDatabase.postmaster(config.postgresDataDir()));
            }
            if (process.isPresent()) {
                found = true;
                ProcessTree.stop(process.get(), ProcessTree.GRACE);
                out.println("  stopped " + component + " (pid " + process.get().pid() + ")");
            }
            pidFiles.delete(component);
        }
        out.println(found ? "DevZone stopped." : "DevZone is not running (" + config.dataDir() + ").");
        return 0;
    }
}
