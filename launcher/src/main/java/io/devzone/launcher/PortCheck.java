package io.devzone.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;

/** Finds out before anything starts whether a port is taken, so the user gets one clear line instead of a failed start. */
final class PortCheck {

    private PortCheck() {
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
