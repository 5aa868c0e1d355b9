package io.devzone.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKeysTest {

    private static final String ENCRYPTION = "DEVZONE_PERSONAL_DATA_ENCRYPTION_KEY";
    private static final String INDEX = "DEVZONE_PERSONAL_DATA_INDEX_KEY";
    private static final ServiceSpec LAND = ServiceSpec.ALL.stream().filter(s -> s.module().equals("land-service"))
            .findFirst().orElseThrow();
    private static final ServiceSpec PARTY_AFFAIRS = ServiceSpec.ALL.stream()
            .filter(s -> s.module().equals("party-affairs-service")).findFirst().orElseThrow();

    @TempDir
    Path dir;

    @Test
    void eachKeyIsMadeOnceRandomAndOwnerOnly() throws IOException {
        Map<String, String> first = LocalKeys.of(dir.resolve("keys"), LAND, Map.of());
        Map<String, String> again = LocalKeys.of(dir.resolve("keys"), LAND, Map.of());

        assertEquals(List.of(ENCRYPTION, INDEX), List.copyOf(first.keySet()), "the variables the service reads");
        assertEquals(first, again, "the same keys across restarts, or encrypted data becomes unreadable");
        assertNotEquals(first.get(ENCRYPTION), first.get(INDEX));
        assertEquals(32, Base64.getDecoder().decode(first.get(ENCRYPTION)).length);
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("keys").resolve("LAND_PERSONAL_DATA_ENCRYPTION_KEY"))));
        assertNotEquals(first, LocalKeys.of(dir.resolve("other"), LAND, Map.of()), "another data folder, other keys");
    }

    @Test
    void eachServiceHasItsOwnKeys() {
        Map<String, String> land = LocalKeys.of(dir.resolve("keys"), LAND, Map.of());
        Map<String, String> partyAffairs = LocalKeys.of(dir.resolve("keys"), PARTY_AFFAIRS, Map.of());

        assertEquals(land.keySet(), partyAffairs.keySet());
        assertNotEquals(land.get(ENCRYPTION), partyAffairs.get(ENCRYPTION), "one department's key opens only its data");
        assertNotEquals(land.get(INDEX), partyAffairs.get(INDEX));
    }

    @Test
    void theLaunchersOwnVariableForTheServiceWins() {
        Map<String, String> keys = LocalKeys.of(dir.resolve("keys"), PARTY_AFFAIRS,
                Map.of("PARTY_AFFAIRS_PERSONAL_DATA_ENCRYPTION_KEY", "given", ENCRYPTION, "not this service's"));

        assertEquals("given", keys.get(ENCRYPTION));
        assertEquals(44, keys.get(INDEX).length());
        assertEquals(Map.of(), LocalKeys.of(dir.resolve("keys"),
                new ServiceSpec("gateway", ServiceSpec.Kind.GATEWAY, 8080, Optional.empty(), List.of()), Map.of()), "a service without keys gets none");
    }

    @Test
    void landServiceKeepsTheKeysADataFolderHeldBeforeEachServiceHadItsOwn() throws IOException {
        Path keys = Files.createDirectories(dir.resolve("keys"));
        Files.writeString(keys.resolve(ENCRYPTION), "earlier-encryption");
        Files.writeString(keys.resolve(INDEX), "earlier-index");

        assertEquals(Map.of(ENCRYPTION, "earlier-encryption", INDEX, "earlier-index"), LocalKeys.of(keys, LAND, Map.of()));
        assertFalse(Files.exists(keys.resolve(ENCRYPTION)));
        assertNotEquals("earlier-encryption", LocalKeys.of(keys, PARTY_AFFAIRS, Map.of()).get(ENCRYPTION));
    }
}
