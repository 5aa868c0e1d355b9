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
 * The secret keys a local suite's services need (e.g. land-service's personal-data keys): 32 random bytes each,
 * base64, made on first use and kept in {@code <data>/keys} (owner-only), so data encrypted under them stays
 * readable across restarts and no key is ever in the repository. Deleting the data folder deletes both.
 */
final class LocalKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LocalKeys() {
    }

    /** The value of each named key: the launcher's own variable if set, else the data folder's key. */
    static Map<String, String> of(Path keysDir, List<String> names, Map<String, String> launcherEnvironment) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String name : names) {
            String given = launcherEnvironment.get(name);
            keys.put(name, given != null && !given.isBlank() ? given : stored(keysDir.resolve(name)));
        }
        return keys;
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
