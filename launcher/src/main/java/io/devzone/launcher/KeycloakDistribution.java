package io.devzone.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Keycloak server, unpacked once from the distribution zip Maven downloaded (its path is
 * written into {@code launcher.properties} at build time) and run in dev mode with the
 * {@code devzone} realm imported on its first start.
 */
final class KeycloakDistribution {

    /** The one realm file of the repository. */
    static final String REALM_RESOURCE = "/keycloak/devzone-realm.json";

    private static final String STARTED_MARKER = ".devzone-started";
    /** Dev mode's H2 database, under the server's home: the imported realm and its sessions. */
    static final String DATABASE = "data/h2";
    private static final Pattern LOCAL_URL = Pattern.compile("(http://localhost:)(\\d+)");
    /** Keycloak's own variable for its heap options (bin/kc.sh), and the launcher's bound unless it is set. */
    static final String HEAP_VARIABLE = "JAVA_OPTS_KC_HEAP";
    static final String HEAP = "-Xms64m -Xmx512m";

    private final String version;
    private final Path zip;

    KeycloakDistribution(String version, Path zip) {
        this.version = version;
        this.zip = zip;
    }

    static KeycloakDistribution fromBuild() {
        Properties properties = new Properties();
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream("/launcher.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new LauncherException("launcher.properties is missing: rebuild the launcher (./mvnw install -pl launcher -am)");
        }
        return new KeycloakDistribution(properties.getProperty("keycloak.version"),
                Path.of(properties.getProperty("keycloak.dist.zip")));
    }

    /**
     * {@code <dataDir>/keycloak-<version>}, unpacked if it isn't yet, with the realm file for the suite's ports in
     * place for import. Keycloak imports a realm only while it has none, so when the realm file (or a port) changed
     * since the last import, its database goes and the realm is imported afresh.
     */
    Path install(Path dataDir, Map<Integer, Integer> movedPorts, ProgressListener progress) {
        Path home = dataDir.resolve("keycloak-" + version);
        try {
            if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
                progress.note("  (unpacking Keycloak " + version + " into " + home + ")");
                unpack(dataDir, home);
            }
            Path imported = home.resolve("data/import/devzone-realm.json");
            String realm = realm(movedPorts);
            if (Files.isRegularFile(imported) && !Files.readString(imported).equals(realm) && Files.exists(home.resolve(DATABASE))) {
                // --import-realm skips a realm that exists: a changed realm file (tighter settings, say) would never
                // arrive. The local realm is the file's alone, so its database goes and the file is imported afresh.
                progress.note("  (the realm changed since Keycloak imported it: importing it afresh, with the demo users)");
                deleteRecursively(home.resolve(DATABASE));
                // A new database takes as long to create as on the first start
                Files.deleteIfExists(home.resolve(STARTED_MARKER));
            }
            Files.createDirectories(imported.getParent());
            Files.writeString(imported, realm);
        } catch (IOException e) {
            throw new LauncherException("Could not install Keycloak into " + home + ": " + e, e);
        }
        return home;
    }

    /**
     * The realm file with each local URL's port moved as the suite moved it ({@link SuiteConfig#movedPorts}), so
     * that logins redirect back to the web app, and GraphiQL, at any port offset.
     */
    static String realm(Map<Integer, Integer> movedPorts) {
        String realm;
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream(REALM_RESOURCE)) {
            realm = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return LOCAL_URL.matcher(realm).replaceAll(url -> url.group(1)
                + movedPorts.getOrDefault(Integer.parseInt(url.group(2)), Integer.parseInt(url.group(2))));
    }

    /** Dev mode: H2 database in {@code <home>/data}, HTTP, realm import. {@code bash} because unzipping drops exec bits. */
    static List<String> command(Path home, int httpPort, int managementPort) {
        return List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                "--hostname=http://localhost:" + httpPort,
                "--import-realm");
    }

    /**
     * The bootstrap admin (demo only), the launcher's own JDK rather than whatever JAVA_HOME says, and a heap bound
     * ({@code JAVA_OPTS_KC_HEAP} of the launcher's environment if set; kc.sh adds -XX:+ExitOnOutOfMemoryError itself).
     */
    static Map<String, String> environment(Map<String, String> launcherEnvironment) {
        String heap = launcherEnvironment.getOrDefault(HEAP_VARIABLE, "");
        return Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                "JAVA_HOME", System.getProperty("java.home"),
                HEAP_VARIABLE, heap.isBlank() ? HEAP : heap);
    }

    /** Before its first successful start, Keycloak re-builds itself for dev mode: about a minute instead of seconds. */
    static boolean hasStartedBefore(Path home) {
        return Files.exists(home.resolve(STARTED_MARKER));
    }

    static void markStarted(Path home) {
        try {
            Files.writeString(home.resolve(STARTED_MARKER), "");
        } catch (IOException e) {
            // only the "first start" note depends on it
        }
    }

    private void unpack(Path dataDir, Path home) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new LauncherException("Keycloak distribution not found at " + zip
                    + ": rebuild the launcher (./mvnw install -pl launcher -am) to download it");
        }
        // Into a scratch folder first, so that an interrupted unpack is never taken for a complete one.
        Path scratch = dataDir.resolve("keycloak-unpacking");
        deleteRecursively(scratch);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = scratch.resolve(entry.getName()).normalize();
                if (!target.startsWith(scratch)) {
                    throw new IOException("Unexpected entry in " + zip + ": " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        deleteRecursively(home);
        Files.move(scratch.resolve("keycloak-" + version), home);
        deleteRecursively(scratch);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
