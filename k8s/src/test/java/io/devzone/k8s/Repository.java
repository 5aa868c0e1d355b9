package io.devzone.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

/** The checkout the build runs in: the overlays, the Quarkus modules and the launcher's realm file. */
record Repository(Path root) {

    /** Set by k8s/pom.xml; the parent folder when the test runs from k8s/ without Maven. */
    static final Repository BUILD =
            new Repository(Path.of(System.getProperty("devzone.repository.root", "..")).toAbsolutePath().normalize());

    static final Path LAUNCHER_REALM = Path.of("launcher/src/main/resources/keycloak/devzone-realm.json");

    /** kubectl's output per overlay folder, so each overlay is rendered once however many tests read it. */
    private static final Map<Path, String> RENDERED = new ConcurrentHashMap<>();

    Path overlays() {
        return root.resolve("k8s/overlays");
    }

    /** Every folder under k8s/overlays that holds a kustomization. */
    List<String> overlayNames() {
        try (Stream<Path> dirs = Files.list(overlays())) {
            return dirs.filter(dir -> Files.exists(dir.resolve("kustomization.yaml")))
                    .map(dir -> dir.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The overlay as kubectl renders it: the YAML ops would apply. */
    String rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlays().resolve(overlay), Kustomize::render);
    }

    /** The rendered overlay, parsed afresh so that a test may change its copy. */
    Render render(String overlay) {
        return new Render(Render.parse(rendered(overlay)), SuppliedByOps.read(overlays().resolve(overlay)), this);
    }

    /** Every module the Quarkus Maven plugin builds: each is deployed, and builds its image (src/main/docker/Dockerfile.jvm). */
    List<QuarkusModule> quarkusModules() {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.map(dir -> dir.getFileName().toString())
                    .sorted()
                    .flatMap(name -> quarkusModule(name).stream())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<QuarkusModule> quarkusModule(String name) {
        Path pom = root.resolve(name).resolve("pom.xml");
        return Files.isRegularFile(pom) && QuarkusModule.builtByQuarkus(pom)
                ? Optional.of(QuarkusModule.load(this, name))
                : Optional.empty();
    }

    byte[] launcherRealm() {
        try {
            return Files.readAllBytes(root.resolve(LAUNCHER_REALM));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Keycloak the launcher runs: keycloak.version in the root pom. */
    String keycloakVersion() {
        return xml(root.resolve("pom.xml")).getElementsByTagName("keycloak.version").item(0).getTextContent().trim();
    }

    static Document xml(Path file) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
