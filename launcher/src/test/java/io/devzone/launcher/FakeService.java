package io.devzone.launcher;

import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for a Quarkus service in tests: prints its environment, checks its database if it
 * was given one, and answers {@code /q/health/ready}. {@code FAKE_FAIL} makes it fail on start, {@code FAKE_HOARD} fill its heap once ready.
 */
public final class FakeService {

    public static void main(String[] args) throws Exception {
        System.out.println("env QUARKUS_HTTP_PORT=" + System.getenv("QUARKUS_HTTP_PORT"));
        System.out.println("env QUARKUS_DATASOURCE_JDBC_URL=" + System.getenv("QUARKUS_DATASOURCE_JDBC_URL"));
        System.out.println("env QUARKUS_DATASOURCE_USERNAME=" + System.getenv("QUARKUS_DATASOURCE_USERNAME"));
        System.out.println("env QUARKUS_OIDC_AUTH_SERVER_URL=" + System.getenv("QUARKUS_OIDC_AUTH_SERVER_URL"));
        System.out.println("max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
        if (System.getenv("FAKE_FAIL") != null) {
            System.out.println("boom: failing on purpose");
            System.exit(3);
        }
        String jdbcUrl = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (jdbcUrl != null) {
            try (Connection c = DriverManager.getConnection(jdbcUrl, System.getenv("QUARKUS_DATASOURCE_USERNAME"),
                    System.getenv("QUARKUS_DATASOURCE_PASSWORD"));
                 ResultSet rs = c.createStatement().executeQuery("SELECT current_user, current_database()")) {
                rs.next();
                System.out.println("connected as " + rs.getString(1) + " to " + rs.getString(2));
            }
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT"))), 0);
        server.createContext("/q/health/ready", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
            if (System.getenv("FAKE_HOARD") != null) { // a runaway request, once the launcher saw it ready
                new Thread(FakeService::hoard).start();
            }
        });
        server.start();
        System.out.println("ready");
    }

    private static void hoard() {
        List<byte[]> hoard = new ArrayList<>();
        while (true) {
            hoard.add(new byte[1 << 20]);
        }
    }
}
