package io.devzone.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The secret keys a local suite's services need (e.g. their personal-data keys): 32 random bytes each, base64, made
 * on first use and kept in {@code <data>/keys} (owner-only) under the service's launcher variable (e.g.
 * {@code LAND_PERSONAL_DATA_INDEX_KEY}), so data encrypted under them stays readable across restarts, each service
 * has its own, and no key is ever in the repository. Deleting the data folder deletes both.
 */
final class LocalKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LocalKeys() {
    }

    /**
     * The service's keys, by the variables it reads them from: the launcher's own variable for each if set
     * ({@link ServiceSpec#launcherVariable}), else the data folder's key.
     */
    static Map<String, String> of(Path keysDir, ServiceSpec service, Map<String, String> launcherEnvironment) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String name : service.keys()) {
            String variable = service.launcherVariable(name);
            String given = launcherEnvironment.get(variable);
            keys.put(name, given != null && !given.isBlank() ? given : stored(keysDir, name, variable));
        }
        return keys;
    }

    /** A secret of the suite's own (e.g. a database login's password), kept in the data folder under {@code name}. */
    static String secret(Path keysDir, String name) {
        return stored(keysDir.resolve(name));
    }

    private static String stored(Path keysDir, String name, String variable) {
        Path file = keysDir.resolve(variable);
        Path shared = keysDir.resolve(name);
        try {
            // a data folder from when land-service alone had keys, kept under the service's name: they stay its own
            if (!Files.exists(file) && Files.exists(shared)) {
                Files.move(shared, file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the local key " + shared + " to " + file, e);
        }
        return stored(file);
    }

    private static String stored(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] key = new byte[32];
                RANDOM.nextBytes(key);
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the local key " + file, e);
        }
    }
}
