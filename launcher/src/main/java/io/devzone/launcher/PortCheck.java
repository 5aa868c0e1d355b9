package io.devzone.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.Set;

/** Finds out before anything starts whether a port is taken, so the user gets one clear line instead of a failed start. */
final class PortCheck {

    /**
     * The ports the WHATWG fetch standard blocks ("bad ports"), which Node's fetch refuses before connecting: the
     * standard's list as of 2025 (Node 22 refuses each of them).
     */
    private static final Set<Integer> FETCH_BAD_PORTS = Set.of(0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37,
            42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139,
            143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601,
            636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666,
            6667, 6668, 6669, 6679, 6697, 10080);

    private PortCheck() {
    }

    /**
     * For ports a Node program fetches from (the audit's, the gateway benchmark's): on a bad port every request
     * would fail, each case or round for no visible reason, so the command is refused before it starts, naming it.
     *
     * @param ports each port with the component that listens on it
     */
    static void requireFetchable(Map<Integer, String> ports) {
        ports.forEach((port, component) -> {
            if (FETCH_BAD_PORTS.contains(port)) {
                throw new LauncherException("Port " + port + " (" + component + ") is one Node's fetch refuses"
                        + " (a \"bad port\" of the WHATWG fetch standard), so every request to it would fail:"
                        + " choose another " + SuiteConfig.PORT_OFFSET_VARIABLE + ".");
            }
        });
    }

    /** @param ports each port with the component that needs it */
    static void requireFree(Map<Integer, String> ports) {
        ports.forEach((port, component) -> {
            if (!isFree(port)) {
                throw new LauncherException(inUseMessage(port, component));
            }
        });
    }

    static String inUseMessage(int port, String component) {
        return "Port " + port + " (" + component + ") is already in use. Is DevZone already running? "
                + "Check with ./devzone status, stop it with ./devzone down, or free the port.";
    }

    /** Binding the wildcard address fails too when another process listens on localhost only (as PostgreSQL does). */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
