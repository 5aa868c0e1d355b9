package io.devzone.k8s;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;

/** The realm an overlay's Keycloak imports at start. */
final class KeycloakChecks {

    /** Where Keycloak's --import-realm reads realm files. */
    static final String IMPORT_DIR = "/opt/keycloak/data/import";
    static final String IMAGE = "quay.io/keycloak/keycloak";

    private record Importer(Workload workload, Container container) {
        String where() {
            return workload.describe() + " container " + container.getName();
        }
    }

    private KeycloakChecks() {
    }

    /**
     * A Keycloak of the launcher's version imports a ConfigMap holding one file, byte for byte the launcher's realm
     * file: the cluster's logins, roles and clients are those of ./devzone up.
     */
    static List<String> importsLaunchersRealm(Render render) {
        List<Importer> importers = importers(render).toList();
        if (importers.isEmpty()) {
            return List.of("no container imports a realm (--import-realm with a volume at " + IMPORT_DIR + ")");
        }
        List<String> problems = new ArrayList<>();
        String image = IMAGE + ":" + render.repository().keycloakVersion();
        for (Importer importer : importers) {
            if (!image.equals(importer.container().getImage())) {
                problems.add(importer.where() + " runs " + importer.container().getImage() + "; the launcher runs " + image);
            }
            Optional<ConfigMap> realm = Stream.ofNullable(importer.container().getVolumeMounts()).flatMap(List::stream)
                    .filter(mount -> mount.getMountPath().equals(IMPORT_DIR))
                    .map(VolumeMount::getName)
                    .flatMap(name -> Stream.ofNullable(importer.workload().pod().getVolumes()).flatMap(List::stream)
                            .filter(volume -> volume.getName().equals(name)))
                    .map(Volume::getConfigMap)
                    .filter(Objects::nonNull)
                    .flatMap(source -> render.find(ConfigMap.class, source.getName()).stream())
                    .findFirst();
            Map<String, String> files = realm.map(ConfigMap::getData).orElse(Map.of());
            if (files.size() != 1) {
                problems.add(importer.where() + " imports " + files.keySet() + " from " + IMPORT_DIR
                        + "; it should import the launcher's realm file alone, from a ConfigMap of the render");
            } else if (!Arrays.equals(files.values().iterator().next().getBytes(StandardCharsets.UTF_8), render.repository().launcherRealm())) {
                problems.add(importer.where() + " imports a realm that differs from " + Repository.LAUNCHER_REALM);
            }
        }
        return problems;
    }

    /** No container imports a realm: no demo users or demo secrets reach the cluster. */
    static List<String> noRealmImport(Render render) {
        return importers(render).map(importer -> importer.where() + " imports a realm").toList();
    }

    private static Stream<Importer> importers(Render render) {
        return render.workloads().stream().flatMap(workload -> workload.containers().stream()
                .filter(container -> Stream.ofNullable(container.getArgs()).flatMap(List::stream).anyMatch("--import-realm"::equals)
                        || Stream.ofNullable(container.getVolumeMounts()).flatMap(List::stream).anyMatch(mount -> mount.getMountPath().equals(IMPORT_DIR)))
                .map(container -> new Importer(workload, container)));
    }
}
