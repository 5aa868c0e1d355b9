package io.devzone.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;

/** The realm an overlay's Keycloak imports at start. */
final class KeycloakChecks {

    /** Where Keycloak's --import-realm reads realm files. */
    static final String IMPORT_DIR = "/opt/keycloak/data/import";
    static final String IMAGE = "quay.io/keycloak/keycloak";
    static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_ACCESS_TOKEN_SECONDS = 300;
    private static final Pattern MIN_LENGTH = Pattern.compile("\\blength\\((\\d+)\\)");
    private static final ObjectMapper JSON = new ObjectMapper();

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
            Map<String, String> files = imported(render, importer);
            if (files.size() != 1) {
                problems.add(importer.where() + " imports " + files.keySet() + " from " + IMPORT_DIR
                        + "; it should import the launcher's realm file alone, from a ConfigMap of the render");
            } else if (!Arrays.equals(files.values().iterator().next().getBytes(StandardCharsets.UTF_8), render.repository().launcherRealm())) {
                problems.add(importer.where() + " imports a realm that differs from " + Repository.LAUNCHER_REALM);
            }
        }
        return problems;
    }

    /** Every realm a Keycloak of the render imports is cautious about logins ({@link #cautionProblems}). */
    static List<String> importedRealmsCautious(Render render) {
        return importers(render).flatMap(importer -> imported(render, importer).entrySet().stream()
                        .flatMap(file -> cautionProblems(readRealm(file.getValue()), importer.where() + " imports " + file.getKey()).stream()))
                .toList();
    }

    /**
     * What a realm must hold against stolen and guessed logins: brute-force detection with a temporary lockout, a
     * password policy of at least 12 characters, access tokens of at most 5 minutes (a revoked login's token is
     * honoured until it expires: the services check signature and expiry only), and single-use refresh tokens.
     */
    static List<String> cautionProblems(JsonNode realm, String where) {
        List<String> problems = new ArrayList<>();
        if (!realm.path("bruteForceProtected").asBoolean() || realm.path("failureFactor").asInt(Integer.MAX_VALUE) > 10) {
            problems.add(where + ": no brute-force detection locking a login after at most 10 failures");
        }
        if (realm.path("permanentLockout").asBoolean()) {
            problems.add(where + ": a permanent lockout lets anyone disable anyone's login by guessing");
        }
        Matcher length = MIN_LENGTH.matcher(realm.path("passwordPolicy").asText());
        if (!length.find() || Integer.parseInt(length.group(1)) < MIN_PASSWORD_LENGTH) {
            problems.add(where + ": the password policy asks no length(n) of at least " + MIN_PASSWORD_LENGTH);
        }
        int lifespan = realm.path("accessTokenLifespan").asInt(Integer.MAX_VALUE);
        if (lifespan > MAX_ACCESS_TOKEN_SECONDS) {
            problems.add(where + ": access tokens live " + lifespan + " s; at most " + MAX_ACCESS_TOKEN_SECONDS);
        }
        if (!realm.path("revokeRefreshToken").asBoolean()) {
            problems.add(where + ": refresh tokens may be used again (revokeRefreshToken is not true)");
        }
        return problems;
    }

    static JsonNode readRealm(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("a realm that is no JSON", e);
        }
    }

    /** The files the ConfigMap mounted at the import folder holds, by name. */
    private static Map<String, String> imported(Render render, Importer importer) {
        return Stream.ofNullable(importer.container().getVolumeMounts()).flatMap(List::stream)
                .filter(mount -> mount.getMountPath().equals(IMPORT_DIR))
                .map(VolumeMount::getName)
                .flatMap(name -> Stream.ofNullable(importer.workload().pod().getVolumes()).flatMap(List::stream)
                        .filter(volume -> volume.getName().equals(name)))
                .map(Volume::getConfigMap)
                .filter(Objects::nonNull)
                .flatMap(source -> render.find(ConfigMap.class, source.getName()).stream())
                .findFirst()
                .map(ConfigMap::getData)
                .orElse(Map.of());
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
