package io.devzone.launcher;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.devzone.launcher.demo.DemoDataException;
import io.devzone.launcher.demo.DemoRefs;
import io.devzone.launcher.demo.DemoScript;

/**
 * The departments' demo data (the zone's first half of 2011), which each service module keeps in
 * {@code demo/h1-2011.json}: loaded through the services' own APIs, in start order (investment's records exist
 * before land's and party-affairs' point at them), once, into a fresh data folder.
 */
final class DemoData {

    static final String COMPONENT = "demo data";
    static final String SCRIPT = "demo/h1-2011.json";

    private final SuiteConfig config;

    DemoData(SuiteConfig config) {
        this.config = config;
    }

    /** The scripts of the suite's services, in load order. */
    List<Path> scripts() {
        return config.services().stream()
                .map(service -> config.repositoryRoot().resolve(service.module()).resolve(SCRIPT))
                .filter(Files::isRegularFile)
                .toList();
    }

    /**
     * Only the suite's own Keycloak knows the demo users, and only a database the suite has just created may be
     * filled with made-up records: an external PostgreSQL or Keycloak never gets demo data.
     */
    boolean wanted(boolean freshDatabase) {
        return freshDatabase && config.startsKeycloak()
                && config.services().stream().allMatch(s -> config.database(s).map(SuiteConfig.Database::embedded)
                        .orElse(true));
    }

    void load(ProgressListener progress) {
        progress.starting(COMPONENT);
        long startedAt = System.nanoTime();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        DemoRefs refs = DemoRefs.strict();
        try {
            for (Path file : scripts()) {
                DemoScript script = DemoScript.read(file);
                String module = config.repositoryRoot().relativize(file).getName(0).toString();
                script.replay(config.serviceUrl(module), DemoLogin.token(http, config.tokenUrl(), script.user()), refs);
            }
        } catch (DemoDataException | LauncherException e) {
            progress.failed(COMPONENT, Duration.ofNanos(System.nanoTime() - startedAt), e.getMessage());
            throw new LauncherException("Loading the demo data failed: " + e.getMessage() + "\nDelete "
                    + config.postgresDataDir() + " (the half-loaded databases) and start again.");
        }
        progress.ready(COMPONENT, Duration.ofNanos(System.nanoTime() - startedAt));
    }
}
