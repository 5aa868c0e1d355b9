package io.devzone.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PidFilesTest {

    @TempDir
    Path runDir;

    @Test
    void findsARecordedRunningProcess() {
        PidFiles pidFiles = new PidFiles(runDir);
        pidFiles.write("keycloak", ProcessHandle.current());

        assertEquals(ProcessHandle.current().pid(), pidFiles.alive("keycloak").orElseThrow().pid());

        pidFiles.delete("keycloak");
        assertTrue(pidFiles.alive("keycloak").isEmpty());
    }

    @Test
    void aRecycledPidIsNotOurs() throws Exception {
        Files.writeString(runDir.resolve("keycloak.pid"), ProcessHandle.current().pid() + "\n2001-01-01T00:00:00Z\n");

        assertTrue(new PidFiles(runDir).alive("keycloak").isEmpty());
    }

    @Test
    void garbageOrNoFileIsNotRunning() throws Exception {
        Files.writeString(runDir.resolve("land-service.pid"), "not a pid\n");

        assertTrue(new PidFiles(runDir).alive("land-service").isEmpty());
        assertTrue(new PidFiles(runDir).alive("party-affairs-service").isEmpty());
    }
}
