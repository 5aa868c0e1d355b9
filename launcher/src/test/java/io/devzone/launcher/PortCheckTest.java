package io.devzone.launcher;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PortCheckTest {

    @Test
    void aTakenPortIsNamedWithItsComponentAndWhatToDo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();

            LauncherException e = assertThrows(LauncherException.class,
                    () -> PortCheck.requireFree(Map.of(port, "keycloak")));

            assertEquals("Port " + port + " (keycloak) is already in use. Is DevZone already running? "
                    + "Check with ./devzone status, stop it with ./devzone down, or free the port.", e.getMessage());
        }
    }

    @Test
    void aPortTakenOnLocalhostOnlyCountsAsTaken() throws Exception {
        // PostgreSQL listens on localhost only.
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));

            assertFalse(PortCheck.isFree(taken.getLocalPort()));
        }
    }

    @Test
    void freePortsPass() throws Exception {
        int port = SuiteProcessTest.freePort();

        assertDoesNotThrow(() -> PortCheck.requireFree(Map.of(port, "land-service")));
    }

    @Test
    void aPortNodesFetchRefusesIsNamedWithItsComponentAndWhatToDo() {
        LauncherException e = assertThrows(LauncherException.class,
                () -> PortCheck.requireFetchable(Map.of(4200, "the audit's subgraphs", 6000, "the audit's gateway")));

        assertEquals("Port 6000 (the audit's gateway) is one Node's fetch refuses (a \"bad port\" of the WHATWG fetch"
                + " standard), so every request to it would fail: choose another DEVZONE_PORT_OFFSET.", e.getMessage());
        assertDoesNotThrow(() -> PortCheck.requireFetchable(Map.of(4000, "the audit's gateway", 9090, "a gateway")));
    }
}
