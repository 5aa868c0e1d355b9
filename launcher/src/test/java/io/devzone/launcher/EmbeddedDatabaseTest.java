package io.devzone.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The embedded cluster over JDBC, as the services and ops reach it: every login needs its password, each its own database. */
class EmbeddedDatabaseTest {

    private static final String SUPERUSER_PASSWORD = "superuser-secret";
    private static final String LAND_PASSWORD = "land-secret";

    @TempDir
    Path dir;

    @Test
    void everyLoginNeedsItsPasswordAndReachesOnlyItsOwnDatabase() throws Exception {
        int port = SuiteProcessTest.freePort();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dir.resolve("postgres"), port, dir.resolve("postgres.log"), SUPERUSER_PASSWORD)) {
            database.ensureDatabase("land", LAND_PASSWORD);
            database.ensureDatabase("investment", "investment-secret");

            assertRefused(port, "postgres", "postgres", null, "password");
            assertRefused(port, "postgres", "postgres", "postgres", "password authentication failed");
            assertEquals("postgres", whoAmI(port, "postgres", "postgres", SUPERUSER_PASSWORD));
            assertEquals("land", whoAmI(port, "land", "land", LAND_PASSWORD));
            assertRefused(port, "land", "land", "land", "password authentication failed");
            assertRefused(port, "investment", "land", LAND_PASSWORD, "permission denied for database \"investment\"");
            assertRefused(port, "postgres", "land", LAND_PASSWORD, "permission denied for database \"postgres\"");
            assertRefused(port, "template1", "land", LAND_PASSWORD, "permission denied for database \"template1\"");
        }
    }

    @Test
    void aClusterThatTrustedEveryoneKeepsItsDataAndAsksForPasswordsFromNowOn() throws Exception {
        int port = SuiteProcessTest.freePort();
        Path data = dir.resolve("postgres");
        // What the launcher used to make: initdb's trust, and the login's password equal to its name.
        try (EmbeddedPostgres before = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
             Connection c = before.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE land LOGIN PASSWORD 'land'");
            s.execute("CREATE DATABASE land OWNER land");
            try (Connection land = connect(port, "land", "land", null); Statement ls = land.createStatement()) {
                ls.execute("CREATE TABLE land_parcel (code text)");
                ls.execute("INSERT INTO land_parcel VALUES ('ZX-2011-001')");
            }
        }

        try (EmbeddedDatabase database = EmbeddedDatabase.start(data, port, dir.resolve("postgres.log"), SUPERUSER_PASSWORD)) {
            database.ensureDatabase("land", LAND_PASSWORD);

            assertRefused(port, "land", "land", "land", "password authentication failed");
            assertRefused(port, "postgres", "postgres", null, "password");
            try (Connection c = connect(port, "land", "land", LAND_PASSWORD);
                 ResultSet rs = c.createStatement().executeQuery("SELECT code FROM land_parcel")) {
                assertTrue(rs.next());
                assertEquals("ZX-2011-001", rs.getString(1));
            }
        }
        // And on the next start, now that the cluster asks for passwords.
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data, port, dir.resolve("postgres.log"), SUPERUSER_PASSWORD)) {
            database.ensureDatabase("land", LAND_PASSWORD);
            assertEquals("land", whoAmI(port, "land", "land", LAND_PASSWORD));
        }
    }

    private static String whoAmI(int port, String database, String user, String password) throws SQLException {
        try (Connection c = connect(port, database, user, password);
             ResultSet rs = c.createStatement().executeQuery("SELECT current_user")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void assertRefused(int port, String database, String user, String password, String why) {
        SQLException refused = assertThrows(SQLException.class, () -> connect(port, database, user, password).close(),
                () -> user + " reached " + database + " with password " + password);
        assertTrue(refused.getMessage().contains(why), refused::getMessage);
    }

    private static Connection connect(int port, String database, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, properties);
    }
}
