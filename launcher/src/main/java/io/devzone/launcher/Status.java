package io.devzone.launcher;

import java.io.PrintStream;
import java.util.Optional;

/** {@code ./devzone status}: per component, whether its process runs and whether it answers. */
final class Status {

    private static final String ROW = "%-24s %-22s %-6s %s%n";

    private Status() {
    }

    static int run(SuiteConfig config, PrintStream out) {
        PidFiles pidFiles = new PidFiles(config.runDir());
        out.printf(ROW, "COMPONENT", "PROCESS", "READY", "CHECKED AT");
        out.printf(ROW, Suite.LAUNCHER, process(pidFiles.alive(Suite.LAUNCHER)), "", config.dataDir());
        for (String component : config.components()) {
            Optional<ProcessHandle> process = pidFiles.alive(component);
            boolean ready;
            String checked;
            if (component.equals(Suite.POSTGRES)) {
                process = process.or(() -> EmbeddedDatabase.postmaster(config.postgresDataDir()));
                ready = PortCheck.isListening(config.postgresPort());
                checked = "localhost:" + config.postgresPort();
            } else {
                ready = HttpProbe.isOk(config.readinessUrl(component));
                checked = config.readinessUrl(component).toString();
            }
            out.printf(ROW, component, process(process), ready ? "yes" : "no", checked);
        }
        config.externalOidcUrl().ifPresent(url -> out.printf(ROW, "keycloak (external)", "-",
                HttpProbe.isOk(config.readinessUrl(Suite.KEYCLOAK)) ? "yes" : "no", config.readinessUrl(Suite.KEYCLOAK)));
        return 0;
    }

    private static String process(Optional<ProcessHandle> process) {
        return process.map(p -> "running (pid " + p.pid() + ")").orElse("not running");
    }
}
