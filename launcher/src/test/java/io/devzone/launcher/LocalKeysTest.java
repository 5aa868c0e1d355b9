package io.devzone.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKeysTest {

    private static final List<String> NAMES = List.of("A_KEY", "B_KEY");

    @TempDir
    Path dir;

    @Test
    void eachKeyIsMadeOnceRandomAndOwnerOnly() throws IOException {
        Map<String, String> first = LocalKeys.of(dir.resolve("keys"), NAMES, Map.of());
        Map<String, String> again = LocalKeys.of(dir.resolve("keys"), NAMES, Map.of());

        assertEquals(first, again, "the same keys across restarts, or encrypted data becomes unreadable");
        assertNotEquals(first.get("A_KEY"), first.get("B_KEY"));
        assertEquals(32, Base64.getDecoder().decode(first.get("A_KEY")).length);
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("keys").resolve("A_KEY"))));
        assertNotEquals(first, LocalKeys.of(dir.resolve("other"), NAMES, Map.of()), "another data folder, other keys");
    }

    @Test
    void theLaunchersOwnVariableWins() {
        Map<String, String> keys = LocalKeys.of(dir.resolve("keys"), NAMES, Map.of("A_KEY", "given"));

        assertEquals("given", keys.get("A_KEY"));
        assertEquals(44, keys.get("B_KEY").length());
    }
}
